using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.ManageAward;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.CreateAwardRound;

/// <summary>The organisation's managers open a round of an award with its call for applications.</summary>
[Authorize]
[Route("organisations/{slug}/awards/new")]
public sealed class CreateAwardRoundController(OrganisationAccess access, CreateAwardRoundHandler handler, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var form = new AwardRoundForm { Year = today.Year, OpensOn = today, ClosesOn = today.AddMonths(2), DecidedOn = today.AddMonths(3) };
        return View("CreateAwardRound", new AwardRoundPage(slug, organisation.Name, form));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, [Bind(Prefix = "Form")] AwardRoundForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        var result = await handler.HandleAsync(organisation, form, ModelState.IsValid, cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("CreateAwardRound", new AwardRoundPage(slug, organisation.Name, form));
        }
        TempData["Status"] = "The award call is created. Invite the prize committee as the call's reviewers from its event page.";
        return RedirectToAction(nameof(ManageAwardController.Index), "ManageAward", new { slug, callId = result.Value });
    }
}
