namespace DeepMath.Web.Modules.Registration.Domain;

/// <summary>One change of a registration's payment by an organizer ("mark paid" and its undoing), kept with who and when.</summary>
public sealed class PaymentLogEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public Guid RegistrationId { get; init; }
    public PaymentChange Change { get; init; }

    /// <summary>The payment reference recorded with "mark paid", or the one that was undone.</summary>
    public string? Reference { get; init; }
    public required string ByUserId { get; init; }
    public required string ByName { get; init; }
    public DateTimeOffset At { get; init; }
}
