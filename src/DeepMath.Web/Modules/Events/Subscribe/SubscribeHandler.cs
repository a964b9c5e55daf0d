using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Subscribe;

/// <summary>Follows or stops following an event's calls (an e-mail when one opens).</summary>
public sealed class SubscribeHandler(IEventsData db, TimeProvider clock)
{
    public async Task<Result> HandleAsync(string slug, string userId, bool subscribe, CancellationToken cancellationToken)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (Guid?)e.Id).SingleOrDefaultAsync(cancellationToken);
        if (eventId is null)
        {
            return Result.NotFound();
        }
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
        return Result.Success();
    }
}
