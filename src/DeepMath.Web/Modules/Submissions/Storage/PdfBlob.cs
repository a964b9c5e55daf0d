namespace DeepMath.Web.Modules.Submissions.Storage;

/// <summary>The bytes of one PDF in PostgreSQL, keyed by their SHA-256, so identical uploads are stored once.</summary>
public sealed class PdfBlob
{
    public required string Sha256 { get; init; }
    public required byte[] Content { get; init; }
    public long SizeBytes { get; init; }
    public DateTimeOffset StoredAt { get; init; }
}
