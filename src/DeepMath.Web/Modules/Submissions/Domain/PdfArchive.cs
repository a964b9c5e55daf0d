namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>
/// A ZIP of a call's PDFs (all, or those an organizer's filter picked) that a background job builds and
/// writes to the PDF storage; the page shows its progress and offers it once ready.
/// </summary>
public sealed class PdfArchive
{
    public const int FilterMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public required string RequestedBy { get; init; }
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>The submissions to pack, chosen when it was asked for, so that the ZIP holds what the organizer saw.</summary>
    public List<Guid> SubmissionIds { get; init; } = [];

    /// <summary>The list's filter in words, for the page ("all submissions", "state: submitted").</summary>
    public required string Description { get; init; }
    public int Packed { get; set; }
    public string? StorageKey { get; set; }
    public string? Sha256 { get; set; }
    public long? SizeBytes { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? Error { get; set; }

    public bool IsReady => StorageKey is not null;
}
