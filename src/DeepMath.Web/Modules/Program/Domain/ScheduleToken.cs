using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace DeepMath.Web.Modules.Program.Domain;

/// <summary>
/// The secret of a reader's "my schedule" subscription URL for one event. Only its SHA-256 is stored, so a copy
/// of the database does not reveal anyone's URL; making a new one replaces the row, and the old URL then answers 404.
/// </summary>
public sealed class ScheduleToken
{
    public const int HashLength = 64;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public required string UserId { get; init; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A new secret: 256 random bits, URL-safe.</summary>
    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
