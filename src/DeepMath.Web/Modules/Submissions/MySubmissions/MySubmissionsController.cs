using DeepMath.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Submissions.MySubmissions;

/// <summary>The author's dashboard: every submission they own or are listed on, with its state and the check of its latest PDF.</summary>
[Authorize]
[Route("submissions")]
public sealed class MySubmissionsController(MySubmissionsQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("MySubmissions", await query.ListAsync(User.UserId()!, User.HasConfirmedEmail(), cancellationToken));
}
