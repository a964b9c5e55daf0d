using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Subscribe;

[Authorize]
[Route("events/{slug}/subscription")]
public sealed class SubscribeController(DeepMathDbContext db, TimeProvider clock) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Update(string slug, bool subscribe, CancellationToken cancellationToken)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (Guid?)e.Id).SingleOrDefaultAsync(cancellationToken);
        if (eventId is null)
        {
            return NotFound();
        }
        var userId = User.UserId()!;
        var existing = await db.EventSubscribers.SingleOrDefaultAsync(s => s.EventId == eventId && s.UserId == userId, cancellationToken);
        if (subscribe && existing is null)
        {
            db.EventSubscribers.Add(new EventSubscriber { EventId = eventId.Value, UserId = userId, SubscribedAt = clock.GetUtcNow() });
        }
        else if (!subscribe && existing is not null)
        {
            db.EventSubscribers.Remove(existing);
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = subscribe ? "We will e-mail you when a call of this event opens." : "You will get no more e-mail about this event's calls.";
        return Redirect($"/events/{slug}");
    }
}
