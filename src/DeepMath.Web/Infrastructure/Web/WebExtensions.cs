using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DeepMath.Web.Infrastructure.Configuration;
using DeepMath.Web.Infrastructure.Markdown;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace DeepMath.Web.Infrastructure.Web;

public static class WebExtensions
{
    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddControllersWithViews(mvc =>
        {
            // Every unsafe request needs an antiforgery token, whether or not its action remembers to ask.
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            mvc.Conventions.Add(new RouteValuesFromRouteConvention());
        });
        builder.Services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new SliceViewLocationExpander()));
        // Names and titles in any script are written as they are, not as numeric entities; markup is still encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddProblemDetails();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddRequestQueue();
        builder.AddValidatedOptions<WebSecurityOptions, WebSecurityOptionsValidator>(WebSecurityOptions.Section);
        builder.AddValidatedOptions<InstanceOptions, InstanceOptionsValidator>(InstanceOptions.Section);
        var development = builder.Environment.IsDevelopment();
        // One policy for every cookie the app writes (sign-in, two-factor, antiforgery, TempData).
        builder.Services.AddOptions<CookiePolicyOptions>().Configure<IOptions<WebSecurityOptions>>((cookies, security) =>
            cookies.Secure = (security.Value.SecureCookies ?? !development) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebSecurityOptions>>((forwarded, security) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return builder;
    }
}
