using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>
/// An application to an award round. The thesis is the PDF of a submission to the round's call (so that the
/// review machinery reads it); the CV and the supervisor's letter are kept here. The supervisor uploads the
/// letter through a link whose secret (256 random bits) is stored only as its SHA-256: the link is for this
/// application's letter alone and works once; after the letter is in it opens nothing.
/// </summary>
public sealed class AwardApplication
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int HashLength = 64;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid SubmissionId { get; init; }
    public int Number { get; init; }
    public required string ApplicantUserId { get; init; }
    public required string ApplicantName { get; init; }
    public required string ApplicantEmail { get; init; }
    public required string ThesisTitle { get; init; }
    public required string SupervisorName { get; init; }
    public required string SupervisorEmail { get; init; }
    public required string LetterTokenHash { get; init; }
    public DateTimeOffset? LetterReceivedAt { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares in constant time, so that the answer's timing tells nothing about how close a guess was.</summary>
    public bool Opens(string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(LetterTokenHash));
}
