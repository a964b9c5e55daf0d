using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.RegisterForEvent;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.EditMyRegistration;

public sealed record EditMyRegistrationPage(EventInfo Event, RegistrationForm Form, string? Closed);

/// <summary>Finds and saves the signed-in attendee's live registration; changes stop at the registration deadline.</summary>
public sealed class EditMyRegistrationHandler(IRegistrationData db, TimeProvider clock)
{
    public Task<EventRegistration?> FindAsync(EventInfo ev, string? userId, CancellationToken cancellationToken) =>
        db.Registrations.AsNoTracking()
            .SingleOrDefaultAsync(r => r.EventId == ev.EventId && r.UserId == userId && r.State != RegistrationState.Cancelled, cancellationToken);

    /// <summary>Why the details can no longer be changed, or null while they can.</summary>
    public string? Refusal(EventInfo ev) =>
        ev.RegistrationWindow is { } window && clock.GetUtcNow() < window.ClosesAt
            ? null
            : "The registration deadline has passed: your details can no longer be changed here. Write to the organizers if something is wrong.";

    public async Task<Result> SaveAsync(EventInfo ev, string? userId, RegistrationForm form, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations
            .SingleOrDefaultAsync(r => r.EventId == ev.EventId && r.UserId == userId && r.State != RegistrationState.Cancelled, cancellationToken);
        if (registration is null)
        {
            return Result.NotFound();
        }
        if (Refusal(ev) is { } refusal)
        {
            return Result.Invalid(refusal);
        }
        form.ApplyTo(registration);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
