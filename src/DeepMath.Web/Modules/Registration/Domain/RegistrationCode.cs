namespace DeepMath.Web.Modules.Registration.Domain;

/// <summary>A code an organizer hands out (usually by an invitation e-mail) for a free or discounted registration.</summary>
public sealed class RegistrationCode
{
    public const int CodeLength = 10;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public required string Code { get; init; }

    /// <summary>100 makes the registration free.</summary>
    public int DiscountPercent { get; set; }
    public int MaxUses { get; set; } = 1;
    public int Uses { get; set; }

    /// <summary>Last day the code is accepted, a whole day in the event's zone; null for no expiry before the deadline.</summary>
    public DateOnly? ExpiresOn { get; set; }
    public string? InvitedEmail { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    public decimal Apply(decimal fee) => Math.Round(fee * (100 - DiscountPercent) / 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L).</summary>
    public static string NewCode()
    {
        const string alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        return System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, CodeLength);
    }
}
