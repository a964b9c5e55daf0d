using DeepMath.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Errors.ShowError;

/// <summary>
/// Friendly pages for errors, in the site's layout. The status comes from the pipeline only: the
/// failed request's status (status-code pages), the exception (exception handler) or, for a direct
/// visit, the route. Never from the form or the query: a re-executed post still carries its form,
/// and a field named "code" must not choose the answer's status.
/// </summary>
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // it re-executes failed requests, including posts refused for want of a token
public sealed class ErrorController : Controller
{
    [Route("")]
    public IActionResult Index()
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        return Show(RequestLimits.StatusFor(exception));
    }

    [Route("{code:int}")]
    public IActionResult Show([FromRoute] int code)
    {
        // After status-code pages re-execute, the original status is in the feature; a direct visit to
        // /error/299 or /error/0 is not an error at all and gets "Not found".
        var status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? code;
        if (status is < 400 or > 599)
        {
            status = StatusCodes.Status404NotFound;
        }
        Response.StatusCode = status;
        var page = status switch
        {
            400 => new ErrorPage(status, "Bad request", "The form could not be read. Go back, reload the page, and try again."),
            403 => new ErrorPage(status, "Not allowed", "Your account may not do this."),
            404 => new ErrorPage(status, "Not found", "There is no such page. Check the address, or start from the home page."),
            413 => new ErrorPage(status, "Too large", RequestLimits.TooLargeMessage),
            429 => new ErrorPage(status, "Too many attempts", TooManyAttempts.Message(HttpContext)),
            _ => new ErrorPage(status, "Something went wrong", "The server could not complete the request. Nothing you had saved is lost; please try again in a moment."),
        };
        return View("Error", page);
    }
}
