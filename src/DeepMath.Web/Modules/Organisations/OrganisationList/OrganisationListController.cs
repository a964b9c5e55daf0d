using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.OrganisationList;

/// <summary>The list of organisations (programmes, societies, institutes).</summary>
[Route("organisations")]
public sealed class OrganisationListController(OrganisationListQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("OrganisationList", await query.LoadAsync(cancellationToken));
}
