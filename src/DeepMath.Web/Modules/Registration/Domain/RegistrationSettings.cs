namespace DeepMath.Web.Modules.Registration.Domain;

/// <summary>
/// An event's registration settings, and the row every change of seats locks (SELECT ... FOR UPDATE):
/// registering, cancelling, promoting and changing the capacity of one event happen one at a time,
/// so the count of confirmed seats read under the lock is the count at commit.
/// </summary>
public sealed class RegistrationSettings
{
    public const int DefaultCapacity = 300;

    public Guid EventId { get; init; }

    /// <summary>Seats for the public; presenting authors' guaranteed places are not counted here.</summary>
    public int Capacity { get; set; } = DefaultCapacity;

    /// <summary>ISO 4217 code in which fees are shown.</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>The last number handed to someone joining the waiting list; places follow these numbers.</summary>
    public long LastWaitNumber { get; set; }

    /// <summary>The secret that signs check-in tokens of this event (HMAC-SHA256).</summary>
    public byte[] TicketKey { get; init; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    /// <summary>Text the organizers add to the invitation letter (venue, contact for visa questions).</summary>
    public string? LetterNote { get; set; }

    /// <summary>How to pay, shown with "payment due": bank transfer details or a link to a payment page.</summary>
    public string? PaymentInstructions { get; set; }

    /// <summary>Who signs the invitation letters (name and role), printed under them.</summary>
    public string? LetterSignatory { get; set; }
}
