using DeepMath.Web.Modules.Events.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>The calls an event has, for modules that report per event.</summary>
public sealed class EventCalls(IEventsData db)
{
    public async Task<IReadOnlyList<Guid>> IdsAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        await db.Calls.AsNoTracking().Where(c => c.EventId == eventId).Select(c => c.Id).ToListAsync(cancellationToken);
}
