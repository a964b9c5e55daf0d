using System.Globalization;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Seating;
using DeepMath.Web.Modules.Registration.Tickets;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeepMath.Web.Modules.Registration.Register;

/// <summary>
/// Registers an account: under the event's lock it decides seat or waiting list, counts a code's use,
/// and queues the e-mail (with the ticket) in the same transaction.
/// </summary>
public sealed class RegisterHandler(DeepMathDbContext db, EventSeats seats, TicketIssuer tickets, AccountDirectory accounts, TimeProvider clock)
{
    public async Task<RegisterOutcome> HandleAsync(EventInfo ev, string userId, RegisterForm form, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (WindowRefusal(ev, now) is { } closed)
        {
            return RegisterOutcome.Refused(closed);
        }
        var contact = (await accounts.ContactsAsync([userId], cancellationToken)).SingleOrDefault();
        if (contact is null)
        {
            return RegisterOutcome.Refused("Your account has no e-mail address; add one on your account page, then register.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var settings = await seats.LockAsync(ev.EventId, cancellationToken);
            if (settings is null)
            {
                return RegisterOutcome.Refused("Registration for this event is not set up yet. Come back when the organizers have opened it.");
            }
            if (await db.Registrations.AnyAsync(r => r.EventId == ev.EventId && r.UserId == userId && r.State != RegistrationState.Cancelled, cancellationToken))
            {
                return AlreadyRegistered();
            }
            var type = await db.TicketTypes.AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == form.TicketTypeId && t.EventId == ev.EventId && t.IsOffered, cancellationToken);
            if (type is null)
            {
                return RegisterOutcome.Refused("That ticket type is not offered: choose one of the ticket types listed.", nameof(RegisterForm.TicketTypeId));
            }
            var fee = type.Fee;
            Guid? codeId = null;
            if (RegisterForm.Clean(form.Code) is { } text)
            {
                var code = await db.RegistrationCodes.SingleOrDefaultAsync(c => c.EventId == ev.EventId && c.Code == text.ToUpperInvariant(), cancellationToken);
                if (CodeRefusal(code, text, ev, now) is { } refusal)
                {
                    return RegisterOutcome.Refused(refusal, nameof(RegisterForm.Code));
                }
                code!.Uses++;
                fee = code.Apply(fee);
                codeId = code.Id;
            }
            var registration = new Domain.Registration
            {
                EventId = ev.EventId, UserId = userId, Email = contact.Email, TicketTypeId = type.Id, BadgeName = string.Empty,
                Affiliation = string.Empty, Country = string.Empty, Fee = fee, CodeId = codeId, CreatedAt = now,
            };
            form.ApplyTo(registration);
            var map = await seats.MapAsync(settings, cancellationToken);
            if (map.NewcomerMaySit(type.Id))
            {
                registration.Confirm(now);
                await tickets.QueueConfirmedAsync(ev, registration, type.Name, settings, promoted: false, cancellationToken);
            }
            else
            {
                registration.State = RegistrationState.Waitlisted;
                registration.WaitNumber = ++settings.LastWaitNumber;
                var place = await seats.PlaceAsync(ev.EventId, registration.WaitNumber.Value, cancellationToken) + 1;
                await tickets.QueueWaitlistedAsync(ev, registration, type.Name, place, cancellationToken);
            }
            db.Registrations.Add(registration);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RegisterOutcome(registration, null);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: RegistrationConfiguration.OnePerAccountIndex })
        {
            // The same account posting twice at once: the first wins at the lock, the index stops the second.
            return AlreadyRegistered();
        }
        finally
        {
            db.ChangeTracker.Clear();
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

    private static string? CodeRefusal(RegistrationCode? code, string text, EventInfo ev, DateTimeOffset now)
    {
        if (code is null)
        {
            return $"The code \"{text}\" is not valid for this event. Check it against your invitation, or leave the field empty.";
        }
        if (code.ExpiresOn is { } expires && now >= WholeDays.EndOf(expires, ev.Zone))
        {
            return $"The code {code.Code} expired on {expires:yyyy-MM-dd}. Leave the field empty to register without it, or ask the organizers for a new one.";
        }
        return code.Uses >= code.MaxUses
            ? $"The code {code.Code} has already been used {code.Uses} time(s), its limit. Leave the field empty to register without it, or ask the organizers for a new one."
            : null;
    }

    private static RegisterOutcome AlreadyRegistered() =>
        RegisterOutcome.Refused("You are already registered for this event (one registration per account). See your registration below; cancel it first to register again.");

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
