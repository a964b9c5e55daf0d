using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Events.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EventOutbox;

public sealed record OutboxRow(DateTimeOffset CreatedAt, string To, string Subject, OutboxState State, int Attempts, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string? LastError);

public sealed record OutboxPage(string Slug, string Title, IReadOnlyList<OutboxRow> Messages, int Queued, int Sent, int Failed);

/// <summary>Organizers follow the delivery of every e-mail their event sent: state, attempts and last error.</summary>
[Authorize]
[Route("events/{slug}/outbox")]
public sealed class EventOutboxController(DeepMathDbContext db, EventAccess access) : Controller
{
    private const int PageSize = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null || !await access.CanManageAsync(User, ev.Id, cancellationToken))
        {
            return NotFound();
        }
        var messages = db.OutboxMessages.AsNoTracking().Where(m => m.EventId == ev.Id);
        var counts = await messages.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = await messages.OrderByDescending(m => m.CreatedAt).Take(PageSize)
            .Select(m => new OutboxRow(m.CreatedAt, m.ToAddress, m.Subject, m.State, m.Attempts, m.SentAt, m.NextAttemptAt, m.LastError))
            .ToListAsync(cancellationToken);
        int Of(OutboxState s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return View("EventOutbox", new OutboxPage(ev.Slug, ev.Title, rows, Of(OutboxState.Queued), Of(OutboxState.Sent), Of(OutboxState.Failed)));
    }
}
