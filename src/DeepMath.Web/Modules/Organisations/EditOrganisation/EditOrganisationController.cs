using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.OrganisationPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.EditOrganisation;

/// <summary>The managers' editor of an organisation's page. Anyone else gets 404, as for a missing organisation.</summary>
[Authorize]
[Route("organisations/{slug}/edit")]
public sealed class EditOrganisationController(OrganisationAccess access, EditOrganisationHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await access.FindManagedAsync(User, slug, cancellationToken) is { } organisation
            ? View("EditOrganisation", await handler.PageAsync(organisation, null, null, cancellationToken))
            : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, [Bind(Prefix = "Form")] OrganisationForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        var result = await handler.SaveAsync(organisation.Id, User.UserId()!, User.IsSiteAdmin(), form, ModelState.IsValid, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.Clear();
            result.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("EditOrganisation", await handler.PageAsync(organisation, form, null, cancellationToken));
        }
        TempData["Status"] = "The page is saved.";
        return RedirectToAction(nameof(OrganisationPageController.Index), "OrganisationPage", new { slug });
    }

    [HttpPost("external")]
    public async Task<IActionResult> AddExternal(string slug, [Bind(Prefix = "NewExternal")] ExternalEventForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        var result = await handler.AddExternalAsync(organisation.Id, form, ModelState.IsValid, cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("EditOrganisation", await handler.PageAsync(organisation, null, form, cancellationToken));
        }
        TempData["Status"] = $"{form.Title.Trim()} is listed among the upcoming events.";
        return RedirectToAction(nameof(Index), new { slug });
    }

    [HttpPost("external/{externalId:guid}/remove")]
    public async Task<IActionResult> RemoveExternal(string slug, Guid externalId, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        await handler.RemoveExternalAsync(organisation.Id, externalId, cancellationToken);
        TempData["Status"] = "The meeting is removed from the list.";
        return RedirectToAction(nameof(Index), new { slug });
    }
}
