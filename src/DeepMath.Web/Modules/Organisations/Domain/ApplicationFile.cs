namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>A CV or supervisor's letter of an application (PDF). One of each kind per application.</summary>
public sealed class ApplicationFile
{
    public const long MaxBytes = 10L * 1024 * 1024;
    public const int FileNameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public ApplicationFileKind Kind { get; init; }
    public required string FileName { get; init; }
    public required byte[] Content { get; init; }
    public required string Sha256 { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}
