namespace DeepMath.Web.Modules.Registration.Domain;

/// <summary>
/// One account's registration for one event. A partial unique index keeps one live (not cancelled)
/// registration per account and event; a cancelled one stays for the record.
/// </summary>
public sealed class EventRegistration
{
    public const int NameMaxLength = 120;
    public const int AffiliationMaxLength = 200;
    public const int CountryMaxLength = 80;
    public const int NeedsMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public required string UserId { get; init; }

    /// <summary>The account's address when registering, so lists and exports need no other module.</summary>
    public required string Email { get; set; }
    public Guid TicketTypeId { get; set; }
    public RegistrationState State { get; set; }

    /// <summary>Set when the registration joins the waiting list; the list is served in this order.</summary>
    public long? WaitNumber { get; set; }

    public required string BadgeName { get; set; }
    public required string Affiliation { get; set; }
    public required string Country { get; set; }
    public CareerStage CareerStage { get; set; }
    public string? Dietary { get; set; }
    public string? Accessibility { get; set; }
    public bool ListConsent { get; set; }

    /// <summary>What this attendee pays, after any code, in the event's currency.</summary>
    public decimal Fee { get; set; }
    public PaymentState Payment { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public string? PaymentReference { get; set; }

    /// <summary>
    /// A presenting author of an accepted abstract (decision sent): their place is guaranteed and held
    /// outside the public capacity, so it never counts against the public seats or a ticket type's cap.
    /// </summary>
    public bool IsPresenter { get; set; }

    public Guid? CodeId { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public string? CheckedInBy { get; set; }

    /// <summary>A short number to read out at the desk: the first eight hex digits of the random part of the id.</summary>
    public string Reference => Id.ToString("N")[^8..].ToUpperInvariant();

    public void Confirm(DateTimeOffset now)
    {
        State = RegistrationState.Confirmed;
        ConfirmedAt = now;
        Payment = Fee > 0 ? PaymentState.Due : PaymentState.None;
    }

    public void Cancel(DateTimeOffset now)
    {
        State = RegistrationState.Cancelled;
        CancelledAt = now;
    }
}
