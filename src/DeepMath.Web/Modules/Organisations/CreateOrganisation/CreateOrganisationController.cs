using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Organisations.OrganisationPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.CreateOrganisation;

/// <summary>Site admins create organisations and name their first managers; the managers do the rest.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
[Route("admin/organisations/new")]
public sealed class CreateOrganisationController(CreateOrganisationHandler handler) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View("CreateOrganisation", new CreateOrganisationForm());

    [HttpPost("")]
    public async Task<IActionResult> Index(CreateOrganisationForm form, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(form, ModelState.IsValid, cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("CreateOrganisation", form);
        }
        TempData["Status"] = $"{form.Name.Trim()} is created. Its managers can now edit its page.";
        return RedirectToAction(nameof(OrganisationPageController.Index), "OrganisationPage", new { slug = result.Value });
    }
}
