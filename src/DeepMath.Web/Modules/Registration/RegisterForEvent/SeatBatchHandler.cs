using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Tickets;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.RegisterForEvent;

/// <summary>
/// Seats a batch of registrations for one event, in order, inside one transaction that holds the
/// event's row lock: seat or waiting list, code uses, and each person's e-mail (with the ticket).
/// The event and the attendees' addresses are read once for the whole batch, before the lock, and
/// the e-mails are added without a look-up each (their keys name registrations made here); a batch's
/// tickets are drawn after the commit, so the lock is held for a few statements.
/// </summary>
public sealed class SeatBatchHandler(IRegistrationData db, EventSeats seats, TicketIssuer tickets, AcceptedPresenters accepted, EventCalendar events,
    AccountDirectory accounts, TicketMailer mailer, TimeProvider clock)
{
    /// <param name="ticketsNow">
    /// Draw the tickets inside the transaction (a lone request, nobody waiting: its e-mail is queued with its seat,
    /// as before any burst). Otherwise they are drawn after the commit by <see cref="TicketMailer"/>, off the lock.
    /// </param>
    public async Task<IReadOnlyList<Result<EventRegistration>>> HandleAsync(Guid eventId, IReadOnlyList<RegistrationRequest> batch, bool ticketsNow, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is not { } ev)
        {
            return [.. batch.Select(_ => Result<EventRegistration>.NotFound())];
        }
        var emails = (await accounts.ContactsAsync(batch.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId, c => c.Email);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var settings = await seats.LockAsync(ev.EventId, cancellationToken);
            if (settings is null)
            {
                return batch.Select(_ => Result<EventRegistration>.Invalid("Registration for this event is not set up yet. Come back when the organizers have opened it.")).ToList();
            }
            var now = clock.GetUtcNow();
            var userIds = batch.Select(r => r.UserId).Distinct().ToList();
            var registered = (await db.Registrations.AsNoTracking()
                .Where(r => r.EventId == ev.EventId && userIds.Contains(r.UserId) && r.State != RegistrationState.Cancelled)
                .Select(r => r.UserId).ToListAsync(cancellationToken)).ToHashSet();
            var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == ev.EventId && t.IsOffered).ToDictionaryAsync(t => t.Id, cancellationToken);
            var codeTexts = batch.Select(r => RegistrationForm.Clean(r.Form.Code)?.ToUpperInvariant()).OfType<string>().Distinct().ToList();
            var codes = codeTexts.Count == 0
                ? []
                : await db.RegistrationCodes.Where(c => c.EventId == ev.EventId && codeTexts.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
            var map = await seats.MapAsync(settings, cancellationToken);
            // Read once per batch, under the lock: presenting authors whose acceptance was sent get a reserved place.
            var presenters = (await accepted.ForEventAsync(ev.EventId, cancellationToken))
                .Where(p => p.DecisionSent && p.PresenterUserId is not null)
                .Select(p => p.PresenterUserId!).ToHashSet();
            var waiting = await db.Registrations.CountAsync(r => r.EventId == ev.EventId && r.State == RegistrationState.Waitlisted, cancellationToken);
            var outcomes = new List<Result<EventRegistration>>(batch.Count);
            var confirmed = new List<(EventRegistration, string)>();
            foreach (var request in batch)
            {
                if (RegisterForEventHandler.WindowRefusal(ev, request.ReceivedAt) is { } closed)
                {
                    outcomes.Add(Result<EventRegistration>.Invalid(closed));
                    continue;
                }
                if (!emails.TryGetValue(request.UserId, out var email))
                {
                    outcomes.Add(Result<EventRegistration>.Invalid("Your account has no e-mail address; add one on your account page, then register."));
                    continue;
                }
                if (!registered.Add(request.UserId))
                {
                    outcomes.Add(AlreadyRegistered);
                    continue;
                }
                if (request.Form.TicketTypeId is not { } typeId || !types.TryGetValue(typeId, out var type))
                {
                    registered.Remove(request.UserId);
                    outcomes.Add(Result<EventRegistration>.Invalid(nameof(RegistrationForm.TicketTypeId), "That ticket type is not offered: choose one of the ticket types listed."));
                    continue;
                }
                var fee = type.Fee;
                RegistrationCode? code = null;
                if (RegistrationForm.Clean(request.Form.Code) is { } text)
                {
                    code = codes.GetValueOrDefault(text.ToUpperInvariant());
                    if (CodeRefusal(code, text, ev, now) is { } refusal)
                    {
                        registered.Remove(request.UserId);
                        outcomes.Add(Result<EventRegistration>.Invalid(nameof(RegistrationForm.Code), refusal));
                        continue;
                    }
                    code!.Uses++;
                    fee = code.Apply(fee);
                }
                var registration = new EventRegistration
                {
                    EventId = ev.EventId, UserId = request.UserId, Email = email, TicketTypeId = type.Id, BadgeName = string.Empty,
                    Affiliation = string.Empty, Country = string.Empty, Fee = fee, CodeId = code?.Id, CreatedAt = now,
                };
                request.Form.ApplyTo(registration);
                if (presenters.Contains(request.UserId))
                {
                    // Reserved: outside the public capacity and the type's cap, so never waitlisted and taking no public seat.
                    registration.IsPresenter = true;
                    registration.Confirm(now);
                    confirmed.Add((registration, type.Name));
                }
                else if (map.NewcomerMaySit(type.Id))
                {
                    map.Take(type.Id);
                    registration.Confirm(now);
                    confirmed.Add((registration, type.Name));
                }
                else
                {
                    registration.State = RegistrationState.Waitlisted;
                    registration.WaitNumber = ++settings.LastWaitNumber;
                    map.Wait(type.Id);
                    tickets.QueueNewWaitlisted(ev, registration, type.Name, ++waiting);
                }
                db.Registrations.Add(registration);
                outcomes.Add(registration);
            }
            if (ticketsNow)
            {
                tickets.QueueNewConfirmations(ev, confirmed, settings);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (!ticketsNow && confirmed.Count > 0)
            {
                mailer.Wake(ev.EventId);
            }
            else if (!ticketsNow)
            {
                // A batch of waiting-list places is the burst still going on: the tickets wait until it has passed.
                mailer.NoteBurst();
            }
            return outcomes;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public static Result<EventRegistration> AlreadyRegistered { get; } =
        Result<EventRegistration>.Invalid("You are already registered for this event (one registration per account). See your registration below; cancel it first to register again.");

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
}
