using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email.Delivery;
using DeepMath.Web.Infrastructure.Health;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>What the outbox pages show (an event's mail, all mail, the system's status): the outbox is infrastructure, read here for the modules.</summary>
public sealed class OutboxReport(DeepMathDbContext db, DeliveryStatus delivery, JobStorage storage, TimeProvider clock)
{
    public Task<OutboxOverview> ForEventAsync(Guid eventId, CancellationToken cancellationToken) =>
        OutboxOverview.LoadAsync(db.OutboxMessages.AsNoTracking().Where(m => m.EventId == eventId), cancellationToken);

    public Task<OutboxOverview> AllAsync(CancellationToken cancellationToken) =>
        OutboxOverview.LoadAsync(db.OutboxMessages.AsNoTracking(), cancellationToken);

    public Task<SystemStatus> StatusAsync(CancellationToken cancellationToken) =>
        SystemStatus.LoadAsync(db, delivery, storage, clock, cancellationToken);
}
