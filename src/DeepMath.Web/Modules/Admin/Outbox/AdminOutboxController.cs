using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Health;
using DeepMath.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Admin.Outbox;

public sealed record AdminOutboxPage(OutboxOverview Outbox, SystemStatus Status, DateTimeOffset Now);

/// <summary>Site admins see every e-mail, including account mail that belongs to no event, and what /health reports.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
[Route("admin/outbox")]
public sealed class AdminOutboxController(OutboxReport report, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("AdminOutbox", new AdminOutboxPage(await report.AllAsync(cancellationToken), await report.StatusAsync(cancellationToken), clock.GetUtcNow()));
}
