namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>
/// A PDF chosen on the submission form that was not saved with it, because the form went round without saving (an author
/// added, removed or moved) or was refused for an error elsewhere. It is kept so that the author need not choose it again,
/// and becomes the draft's next version when the form is saved; until then it is no version of anything.
/// </summary>
public sealed class PendingUpload
{
    public const int FileNameMaxLength = 255;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string OwnerId { get; init; }
    public required string FileName { get; init; }

    /// <summary>Lower-case hexadecimal SHA-256 of the bytes.</summary>
    public required string Sha256 { get; init; }
    public long SizeBytes { get; init; }

    /// <summary>Where the bytes are, as the PDF store understands it (the same store and key scheme as versions).</summary>
    public required string StorageKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
