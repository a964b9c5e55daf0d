using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Payments;

/// <summary>Who changed a payment: the organizer's account and name, or a provider's name for its webhook.</summary>
public sealed record PaymentActor(string UserId, string Name);

/// <summary>
/// Records payments, whoever reports them: an organizer's "mark paid", or a provider's confirmation; and undoes
/// an organizer's mistaken "mark paid". Every change is written to the payment log with who and when.
/// </summary>
public sealed class PaymentLedger(IRegistrationData db, TimeProvider clock)
{
    public async Task<Result> RecordPaidAsync(Guid eventId, Guid registrationId, string reference, PaymentActor by, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId, cancellationToken);
        if (registration is null)
        {
            return Result.Invalid("There is no such registration.");
        }
        if (registration.Payment != PaymentState.Due || registration.State != RegistrationState.Confirmed)
        {
            return Result.Invalid(registration.Payment == PaymentState.Paid
                ? "This registration is already marked paid."
                : "This registration has nothing to pay (it is free, waiting or cancelled).");
        }
        var trimmed = reference.Trim();
        registration.Payment = PaymentState.Paid;
        registration.PaidAt = clock.GetUtcNow();
        registration.PaymentReference = trimmed.Length == 0 ? null : trimmed[..Math.Min(200, trimmed.Length)];
        Log(registration, PaymentChange.MarkedPaid, by);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Puts a paid registration back to "payment due" (a payment marked by mistake), keeping the undone reference in the log.</summary>
    public async Task<Result> UndoPaidAsync(Guid eventId, Guid registrationId, PaymentActor by, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId, cancellationToken);
        if (registration is null)
        {
            return Result.Invalid("There is no such registration.");
        }
        if (registration.Payment != PaymentState.Paid)
        {
            return Result.Invalid("This registration is not marked paid, so there is nothing to undo.");
        }
        Log(registration, PaymentChange.PaidUndone, by);
        registration.Payment = PaymentState.Due;
        registration.PaidAt = null;
        registration.PaymentReference = null;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private void Log(EventRegistration registration, PaymentChange change, PaymentActor by) =>
        db.PaymentLog.Add(new PaymentLogEntry
        {
            EventId = registration.EventId, RegistrationId = registration.Id, Change = change, Reference = registration.PaymentReference,
            ByUserId = by.UserId, ByName = by.Name.Length > 200 ? by.Name[..200] : by.Name, At = clock.GetUtcNow(),
        });
}
