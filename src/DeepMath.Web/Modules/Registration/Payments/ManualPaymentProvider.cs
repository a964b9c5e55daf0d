namespace DeepMath.Web.Modules.Registration.Payments;

/// <summary>Payment outside DeepMath: the organizers say how to pay and mark registrations paid.</summary>
public sealed class ManualPaymentProvider : IPaymentProvider
{
    public string Name => "manual";

    public Task<Uri?> CheckoutAsync(PaymentRequest request, CancellationToken cancellationToken) => Task.FromResult<Uri?>(null);
}
