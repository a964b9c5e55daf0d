using System.Globalization;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeepMath.Web.Modules.Registration.RegisterForEvent;

/// <summary>
/// Registers an account: notes the instant of the request and hands the registration to the event's desk,
/// which checks the window against that instant and seats it under the event's lock (see <see cref="RegistrationDesk"/>).
/// The request itself reads nothing from the database, so that a burst of them leaves the connections to the desk.
/// </summary>
public sealed class RegisterForEventHandler(RegistrationDesk desk, TimeProvider clock)
{
    public async Task<Result<EventRegistration>> HandleAsync(Guid eventId, string userId, RegistrationForm form, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await desk.SubmitAsync(new RegistrationRequest(eventId, userId, form, clock.GetUtcNow()));
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: RegistrationConfiguration.OnePerAccountIndex })
        {
            // The same account registering on two servers at once: the first wins at the lock, the index stops the second.
            return SeatBatchHandler.AlreadyRegistered;
        }
    }

    public static string? WindowRefusal(EventInfo ev, DateTimeOffset now)
    {
        if (ev.RegistrationWindow is not { } window)
        {
            return "Registration for this event is not open: the organizers have not set its dates yet.";
        }
        return window.PhaseAt(now) switch
        {
            WindowPhase.NotYetOpen => $"Registration opens on {Local(window.OpensAt, window.Zone)} ({window.Zone.Id}). Come back then.",
            WindowPhase.Closed => $"Registration closed at {Local(window.ClosesAt, window.Zone)} ({window.Zone.Id}). Write to the organizers if you still need a place.",
            _ => null,
        };
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
