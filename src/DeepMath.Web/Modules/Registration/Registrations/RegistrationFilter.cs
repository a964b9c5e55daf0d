using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.Web.Modules.Registration.Registrations;

/// <summary>The organizers' list filters, from the query string.</summary>
public sealed class RegistrationFilter
{
    public string? Q { get; set; }
    public RegistrationState? State { get; set; }
    public Guid? Type { get; set; }
    public CareerStage? Stage { get; set; }
    public PaymentState? Payment { get; set; }
}
