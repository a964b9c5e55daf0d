using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Email.Delivery;
using DeepMath.Web.Infrastructure.Health;
using DeepMath.Web.Modules.Accounts.Domain;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Admin.Outbox;

public sealed record AdminOutboxPage(OutboxOverview Outbox, SystemStatus Status, DateTimeOffset Now);

/// <summary>Site admins see every e-mail, including account mail that belongs to no event, and what /health reports.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
[Route("admin/outbox")]
public sealed class AdminOutboxController(DeepMathDbContext db, DeliveryStatus delivery, JobStorage storage, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var outbox = await OutboxOverview.LoadAsync(db.OutboxMessages.AsNoTracking(), cancellationToken);
        var status = await SystemStatus.LoadAsync(db, delivery, storage, clock, cancellationToken);
        return View("AdminOutbox", new AdminOutboxPage(outbox, status, clock.GetUtcNow()));
    }
}
