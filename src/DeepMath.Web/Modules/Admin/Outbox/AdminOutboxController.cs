using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Admin.Outbox;

/// <summary>Site admins see every e-mail, including account mail that belongs to no event.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
[Route("admin/outbox")]
public sealed class AdminOutboxController(DeepMathDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("AdminOutbox", await OutboxOverview.LoadAsync(db.OutboxMessages.AsNoTracking(), cancellationToken));
}
