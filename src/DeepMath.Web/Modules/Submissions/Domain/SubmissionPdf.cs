namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>One uploaded version of a submission's PDF, with the checker's report on it. Versions are never deleted.</summary>
public sealed class SubmissionPdf
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SubmissionId { get; init; }
    public int Version { get; init; }

    /// <summary>Lower-case hexadecimal SHA-256 of the bytes.</summary>
    public required string Sha256 { get; init; }
    public long SizeBytes { get; init; }
    public DateTimeOffset UploadedAt { get; init; }

    /// <summary>Where the bytes are, as the PDF store understands it.</summary>
    public required string StorageKey { get; init; }

    /// <summary>The format report as JSON (jsonb); see <see cref="StoredReport"/>.</summary>
    public required string ReportJson { get; set; }
    public int ErrorCount { get; set; }
    public int WarningCount { get; set; }
    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>
    /// The <see cref="AuthorsFingerprint"/> of the author list the report was made against; when it differs from the
    /// submission's (authors changed since) or is missing (checked before it was kept), the report is out of date.
    /// </summary>
    public string? CheckedAuthorsFingerprint { get; set; }
}
