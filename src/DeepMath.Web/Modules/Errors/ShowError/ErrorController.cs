using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Errors.ShowError;

/// <summary>Friendly pages for errors, in the site's layout.</summary>
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // it re-executes failed requests, including posts refused for want of a token
public sealed class ErrorController : Controller
{
    [Route("")]
    public IActionResult Index() => Show(500);

    [Route("{code:int}")]
    public IActionResult Show(int code)
    {
        Response.StatusCode = code;
        var page = code switch
        {
            400 => new ErrorPage(code, "Bad request", "The form could not be read. Go back, reload the page, and try again."),
            403 => new ErrorPage(code, "Not allowed", "Your account may not do this."),
            404 => new ErrorPage(code, "Not found", "There is no such page. Check the address, or start from the home page."),
            _ => new ErrorPage(code, "Something went wrong", "The server could not complete the request. Nothing you had saved is lost; please try again in a moment."),
        };
        return View("Error", page);
    }
}
