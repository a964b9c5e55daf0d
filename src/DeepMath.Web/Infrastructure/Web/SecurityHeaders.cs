namespace DeepMath.Web.Infrastructure.Web;

/// <summary>
/// Headers every response carries, whichever part of the pipeline writes it (pages, files, error pages,
/// the jobs dashboard). The pages load scripts and styles from the site only, have no inline script or
/// style, and may not be framed.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Images may also come from https (an organizer's event description may show a logo from another
    /// site) and data: (Bootstrap draws its check marks and arrows as data: SVG in its stylesheet).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// A PDF shown inline runs in the browser's own viewer, which Chromium counts as a plugin: <c>object-src 'none'</c>
    /// would leave the page blank. Everything else stays as strict as for the pages: no inline script, never framed.
    /// </summary>
    public const string PdfContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var pdf = context.Response.ContentType?.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) == true;
            headers.ContentSecurityPolicy = pdf ? PdfContentSecurityPolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
