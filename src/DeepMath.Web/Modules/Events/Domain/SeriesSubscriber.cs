using System.Security.Cryptography;

namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>
/// An e-mail address that asked to hear of a series' new talks; no account needed. It gets mail only once
/// confirmed through the link sent to it (double opt-in); the same secret token unsubscribes it, so no one
/// can confirm or end another's subscription without that mail.
/// </summary>
public sealed class SeriesSubscriber
{
    public const int EmailMaxLength = 256;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SeriesId { get; init; }

    /// <summary>Lower-cased, so that one address is one subscription.</summary>
    public required string Email { get; init; }

    /// <summary>256 random bits, URL-safe: in the confirmation link and every mail's unsubscribe link.</summary>
    public required string Token { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? UnsubscribedAt { get; set; }

    public bool IsActive => ConfirmedAt is not null && UnsubscribedAt is null;

    public static string NewToken() => Base64UrlToken(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlToken(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
