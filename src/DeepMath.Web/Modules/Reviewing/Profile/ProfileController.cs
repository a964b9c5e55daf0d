using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.Profile;

/// <summary>A reviewer keeps their profile for one call: expertise, affiliations, domains, load and declared conflicts.</summary>
[Authorize]
[Route("calls/{callId:guid}/reviewing/profile")]
public sealed class ProfileController(ReviewingAccess access, SaveProfileHandler save) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken) =>
        await access.MembershipAsync(User, callId, cancellationToken) is { } m
            ? View("Profile", new ProfilePage(m.Call, ProfileForm.From(m.Reviewer)))
            : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Save(Guid callId, ProfileForm form, CancellationToken cancellationToken)
    {
        if (await access.MembershipAsync(User, callId, cancellationToken) is not { } m)
        {
            return NotFound();
        }
        ModelState.Clear();
        if (!await save.HandleAsync(m.Reviewer, m.Call.Topics, form, ModelState, cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Profile", new ProfilePage(m.Call, form));
        }
        TempData["Status"] = "Your reviewer profile is saved.";
        return Redirect($"/calls/{callId}/reviewing/profile");
    }
}

public sealed record ProfilePage(CallInfo Call, ProfileForm Form);
