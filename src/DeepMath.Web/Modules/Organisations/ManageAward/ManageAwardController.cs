using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.EditNews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.ManageAward;

/// <summary>The managers' page of one award round: applications, letters, the committee's scores, the award and its announcement.</summary>
[Authorize]
[Route("organisations/{slug}/awards/{callId:guid}")]
public sealed class ManageAwardController(OrganisationAccess access, ManageAwardQuery query, GiveAwardHandler awards) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, Guid callId, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation
            || await query.LoadAsync(organisation, callId, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        return View("ManageAward", page);
    }

    [HttpPost("give")]
    public Task<IActionResult> Give(string slug, Guid callId, Guid applicationId, string? title, CancellationToken cancellationToken) =>
        ChangeAsync(slug, callId, organisationId => awards.GiveAsync(organisationId, callId, applicationId, title, User.UserId()!, cancellationToken), cancellationToken);

    [HttpPost("awards/{awardId:guid}/take-back")]
    public Task<IActionResult> TakeBack(string slug, Guid callId, Guid awardId, CancellationToken cancellationToken) =>
        ChangeAsync(slug, callId, organisationId => awards.TakeBackAsync(organisationId, callId, awardId, cancellationToken), cancellationToken);

    [HttpPost("awards/{awardId:guid}/announce")]
    public async Task<IActionResult> Announce(string slug, Guid callId, Guid awardId, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        var result = await awards.AnnounceAsync(organisation.Id, callId, awardId, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        TempData["Status"] = "A draft announcement is written below. Check it, tick Publish and save.";
        return RedirectToAction(nameof(EditNewsController.Edit), "EditNews", new { slug, id = result.Value });
    }

    /// <summary>
    /// Gives or takes back an award of a round the user manages: the page again with the reason (409) when it is refused,
    /// otherwise back to the round with what was done.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(string slug, Guid callId, Func<Guid, Task<Result<string>>> change, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        var result = await change(organisation.Id);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("ManageAward", await query.LoadAsync(organisation, callId, cancellationToken));
        }
        this.Tell(result);
        return RedirectToAction(nameof(Index), new { slug, callId });
    }
}
