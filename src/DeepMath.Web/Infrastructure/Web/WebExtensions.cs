using DeepMath.Web.Infrastructure.Markdown;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace DeepMath.Web.Infrastructure.Web;

public static class WebExtensions
{
    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddControllersWithViews(mvc =>
        {
            // Every unsafe request needs an antiforgery token, whether or not its action remembers to ask.
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        });
        builder.Services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new SliceViewLocationExpander()));
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddProblemDetails();
        builder.Services.AddHttpContextAccessor();
        return builder;
    }
}
