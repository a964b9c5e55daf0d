using System.Text.Encodings.Web;
using System.Text.Unicode;
using DeepMath.Web.Infrastructure.Markdown;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
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
        return builder;
    }
}
