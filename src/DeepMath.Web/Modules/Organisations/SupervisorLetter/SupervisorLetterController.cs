using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Organisations.ApplicationFiles;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.SupervisorLetter;

/// <summary>
/// The supervisor's upload page, opened from the e-mailed link; no account needed. The secret in the link is the
/// only authority, so the page is never cached and sends no referrer.
/// </summary>
[Route("awards/applications/{applicationId:guid}/letter/{token}")]
public sealed class SupervisorLetterController(SupervisorLetterHandler handler, LinkBuilder links) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid applicationId, string token, CancellationToken cancellationToken)
    {
        NoStore();
        if (await handler.PageAsync(applicationId, token, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        if (page.ReceivedAt is not null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }
        return View("SupervisorLetter", page);
    }

    [HttpPost("")]
    [RequestFormLimits(MultipartBodyLengthLimit = Domain.ApplicationFile.MaxBytes + 1024 * 1024)]
    [RequestSizeLimit(Domain.ApplicationFile.MaxBytes + 1024 * 1024)]
    public async Task<IActionResult> Index(Guid applicationId, string token, IFormFile? letter, CancellationToken cancellationToken)
    {
        NoStore();
        var applicationUrl = links.Absolute(Url.Action(nameof(ApplicationController.Index), "Application", new { id = applicationId })!);
        var result = await handler.UploadAsync(applicationId, token, letter, applicationUrl, cancellationToken);
        if (result.Status == ResultStatus.NotFound)
        {
            return NotFound();
        }
        if (result.Status == ResultStatus.Forbidden || !result.Succeeded)
        {
            result.AddTo(ModelState);
            var page = await handler.PageAsync(applicationId, token, cancellationToken);
            Response.StatusCode = result.Status == ResultStatus.Forbidden ? StatusCodes.Status410Gone : StatusCodes.Status400BadRequest;
            return View("SupervisorLetter", page);
        }
        TempData["Status"] = "Thank you: your letter is in. The applicant is told that it arrived, not what it says.";
        return RedirectToAction(nameof(Index), new { applicationId, token });
    }

    private void NoStore()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
