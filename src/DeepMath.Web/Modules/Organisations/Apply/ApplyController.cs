using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Organisations.ApplicationFiles;
using DeepMath.Web.Modules.Organisations.SupervisorLetter;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.Apply;

/// <summary>An applicant applies for an award: thesis, CV, and the supervisor who is sent a link for the letter.</summary>
[Authorize]
[Route("awards/{callId:guid}/apply")]
public sealed class ApplyController(ApplyHandler handler, LinkBuilder links) : Controller
{
    /// <summary>Room for a thesis at the largest PDF limit a call may set, plus the CV at its own limit.</summary>
    public const long MaxRequestBytes = (Events.Contracts.CallRules.MaxFileMiB + 12L) * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken) =>
        await handler.PageAsync(callId, User.UserId()!, null, cancellationToken) is { } page ? View("Apply", page) : NotFound();

    [HttpPost("")]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Index(Guid callId, [Bind(Prefix = "Form")] ApplicationForm form, IFormFile? thesis, IFormFile? cv, CancellationToken cancellationToken)
    {
        if (!User.HasConfirmedEmail())
        {
            ModelState.AddModelError(string.Empty, "Confirm your e-mail address before you apply: follow the link we sent you, or ask for a new one on your account page.");
            return await RedisplayAsync(callId, form, StatusCodes.Status403Forbidden, cancellationToken);
        }
        var result = await handler.HandleAsync(callId, User.UserId()!, form, ModelState.IsValid, thesis, cv,
            (id, secret) => links.Absolute(Url.Action(nameof(SupervisorLetterController.Index), "SupervisorLetter", new { applicationId = id, token = secret })!),
            cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return await RedisplayAsync(callId, form, StatusCodes.Status400BadRequest, cancellationToken);
        }
        TempData["Status"] = "Your application is in. Your supervisor has been sent a link to upload the letter; you will hear when it arrives.";
        return RedirectToAction(nameof(ApplicationController.Index), "Application", new { id = result.Value });
    }

    private async Task<IActionResult> RedisplayAsync(Guid callId, ApplicationForm form, int status, CancellationToken cancellationToken)
    {
        if (await handler.PageAsync(callId, User.UserId()!, form, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        Response.StatusCode = status;
        return View("Apply", page);
    }
}
