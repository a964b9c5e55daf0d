using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.Profile;

/// <summary>A reviewer keeps their profile for one call: expertise, affiliations, domains, load and declared conflicts.</summary>
[Authorize]
[Route("calls/{callId:guid}/reviewing/profile")]
public sealed class ProfileController(ReviewingAccess access, SaveProfileHandler save, ProfileQuery query) : Controller
{
    public const string SentToOrganizers =
        "Your profile is saved. The call has closed, so your changes to affiliations, e-mail domains and declared people or institutions "
        + "do not change your lists: they went to the organizers as declared conflicts, and they will act on them.";

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken) =>
        await access.MembershipAsync(User, callId, cancellationToken) is { } m
            ? View("Profile", await query.PageAsync(m, await query.FormAsync(m, cancellationToken), cancellationToken))
            : NotFound();

    [HttpPost("")]
    [RequestFormLimits(MultipartBodyLengthLimit = PublicationsInput.MaxFileBytes + (64 * 1024))]
    [RequestSizeLimit(PublicationsInput.MaxFileBytes + (512 * 1024))]
    public async Task<IActionResult> Save(Guid callId, ProfileForm form, IFormFile? publicationsFile, CancellationToken cancellationToken)
    {
        if (await access.MembershipAsync(User, callId, cancellationToken) is not { } m)
        {
            return NotFound();
        }
        ModelState.Clear();
        var saved = await save.HandleAsync(m.Reviewer, m.Call.Topics, query.IsClosed(m.Call), form, cancellationToken, publicationsFile);
        if (!saved.Succeeded)
        {
            saved.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Profile", await query.PageAsync(m, form, cancellationToken));
        }
        TempData["Status"] = saved.Value == ProfileSaved.ConflictsSentToOrganizers ? SentToOrganizers : "Your reviewer profile is saved.";
        return RedirectToAction(nameof(Index), new { callId });
    }
}

/// <param name="CallClosed">Whether changes to the conflict fields now go to the organizers instead of the profile.</param>
/// <param name="Pending">The change to the conflict fields waiting for the organizers, if any.</param>
/// <param name="DefaultLoad">The call's default load, which an empty load field starts from.</param>
public sealed record ProfilePage(CallInfo Call, ProfileForm Form, bool CallClosed = false, int? DefaultLoad = null, ProfileChange? Pending = null);
