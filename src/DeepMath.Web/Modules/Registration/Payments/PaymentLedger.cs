using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Payments;

/// <summary>Records payments, whoever reports them: an organizer's "mark paid", or a provider's confirmation.</summary>
public sealed class PaymentLedger(IRegistrationData db, TimeProvider clock)
{
    public async Task<Result> RecordPaidAsync(Guid eventId, Guid registrationId, string reference, CancellationToken cancellationToken)
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
        registration.Payment = PaymentState.Paid;
        registration.PaidAt = clock.GetUtcNow();
        registration.PaymentReference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim()[..Math.Min(200, reference.Trim().Length)];
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
