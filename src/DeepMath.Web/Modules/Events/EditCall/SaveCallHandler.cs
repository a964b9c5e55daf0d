using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EditCall;

/// <summary>
/// Adds and saves calls of an event the caller manages. Changing a date needs no rescheduling: the
/// lifecycle sweep reads the dates each minute, and its step keys carry the date they were due for.
/// </summary>
public sealed class SaveCallHandler(IEventsData db)
{
    /// <summary>The call of the event as its form, or null when the event has no such call.</summary>
    public async Task<CallForm?> FormAsync(Guid eventId, Guid callId, CancellationToken cancellationToken) =>
        await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callId && c.EventId == eventId, cancellationToken) is { } call
            ? CallForm.From(call)
            : null;

    /// <returns>The new call's id.</returns>
    public async Task<Result<Guid>> CreateAsync(Guid eventId, CallForm form, CancellationToken cancellationToken)
    {
        var call = new Call { EventId = eventId, Title = form.Title };
        form.ApplyTo(call);
        db.Calls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        return call.Id;
    }

    public async Task<Result> UpdateAsync(Guid eventId, Guid callId, CallForm form, CancellationToken cancellationToken)
    {
        var call = await db.Calls.SingleOrDefaultAsync(c => c.Id == callId && c.EventId == eventId, cancellationToken);
        if (call is null)
        {
            return Result.NotFound();
        }
        form.ApplyTo(call);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
