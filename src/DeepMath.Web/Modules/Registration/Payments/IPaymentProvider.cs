namespace DeepMath.Web.Modules.Registration.Payments;

/// <summary>A registration that has a fee to pay.</summary>
public sealed record PaymentRequest(Guid RegistrationId, Guid EventId, string Reference, decimal Amount, string Currency, string PayerEmail);

/// <summary>
/// Where an attendee pays. DeepMath ships the manual provider (bank transfer or at the desk; an
/// organizer marks the registration paid). A card provider implements this to send the attendee to
/// its checkout, and calls <see cref="PaymentLedger.RecordPaidAsync"/> from its webhook.
/// </summary>
public interface IPaymentProvider
{
    string Name { get; }

    /// <summary>Where to send the attendee to pay; null when payment happens outside DeepMath.</summary>
    Task<Uri?> CheckoutAsync(PaymentRequest request, CancellationToken cancellationToken);
}
