using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.CheckIn;

/// <summary>
/// Checks an attendee in by ticket token or by registration. The mark is a conditional update
/// (only where not yet checked in), so two desks scanning one ticket at once give one check-in and one warning.
/// A ticket that names no registration of this event is invalid (keyed to the token field); once the registration
/// is found the desk always gets an answer about that person, "do not admit" included, so the result succeeds.
/// </summary>
public sealed class CheckInHandler(IRegistrationData db, TimeProvider clock)
{
    public async Task<Result<CheckInAnswer>> ByTokenAsync(EventInfo ev, string? token, string by, CancellationToken cancellationToken)
    {
        var key = await db.RegistrationSettings.AsNoTracking().Where(s => s.EventId == ev.EventId).Select(s => s.TicketKey).SingleOrDefaultAsync(cancellationToken);
        if (key is null || CheckInToken.ReadId(token) is not { } id)
        {
            return Invalid();
        }
        if (!CheckInToken.IsValid(token, key))
        {
            // A genuine token of another event fails this event's key too; say so rather than "forged".
            var elsewhere = await db.Registrations.AsNoTracking().AnyAsync(r => r.Id == id && r.EventId != ev.EventId, cancellationToken);
            return elsewhere
                ? Result<CheckInAnswer>.Invalid(TokenField, $"This ticket is for another event, not {ev.Title}.")
                : Invalid();
        }
        return await ByRegistrationAsync(ev, id, by, cancellationToken);
    }

    public async Task<Result<CheckInAnswer>> ByRegistrationAsync(EventInfo ev, Guid registrationId, string by, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == ev.EventId, cancellationToken);
        if (registration is null)
        {
            return Invalid();
        }
        var type = await db.TicketTypes.AsNoTracking().Where(t => t.Id == registration.TicketTypeId).Select(t => t.Name).SingleAsync(cancellationToken);
        if (registration.State != RegistrationState.Confirmed)
        {
            return new CheckInAnswer(CheckInKind.Refused,
                registration.State == RegistrationState.Cancelled
                    ? $"Do not admit: the registration of {registration.BadgeName} was cancelled, so this ticket is void."
                    : $"Do not admit: {registration.BadgeName} is on the waiting list and has no seat.",
                registration.BadgeName, registration.Affiliation, type);
        }
        var now = clock.GetUtcNow();
        var marked = await db.Registrations
            .Where(r => r.Id == registration.Id && r.CheckedInAt == null && r.State == RegistrationState.Confirmed)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.CheckedInAt, now).SetProperty(r => r.CheckedInBy, by), cancellationToken);
        var due = registration.Payment == PaymentState.Due;
        if (marked == 1)
        {
            return new CheckInAnswer(CheckInKind.CheckedIn, $"{registration.BadgeName} is checked in.", registration.BadgeName, registration.Affiliation, type, due);
        }
        var first = await db.Registrations.AsNoTracking().Where(r => r.Id == registration.Id).Select(r => new { r.CheckedInAt, r.CheckedInBy }).SingleAsync(cancellationToken);
        var local = EventTime.Short(first.CheckedInAt!.Value, ev.Zone);
        return new CheckInAnswer(CheckInKind.AlreadyCheckedIn,
            $"Already checked in at {local} by {first.CheckedInBy}. This ticket has been used before: check the person's identity.",
            registration.BadgeName, registration.Affiliation, type, due);
    }

    /// <summary>The form field a refused token's message belongs to.</summary>
    public const string TokenField = "token";

    private static Result<CheckInAnswer> Invalid() =>
        Result<CheckInAnswer>.Invalid(TokenField, "Not a valid ticket for this event: the token is mistyped, damaged or forged. Paste it again, or search by name.");
}
