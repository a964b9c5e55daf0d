using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.OrganisationPage;

/// <summary>An organisation's public page; drafts and edit links only for its managers.</summary>
[Route("organisations/{slug}")]
public sealed class OrganisationPageController(OrganisationPageQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await query.LoadAsync(slug, User, cancellationToken) is { } page ? View("OrganisationPage", page) : NotFound();
}
