namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>
/// A call's own template as its organizers uploaded it (a .zip bundle, or one .tex/.sty/.cls file), served to authors
/// from the call's page and the submission form. A row of its own, so that reading a call never loads the bytes.
/// </summary>
public sealed class CallTemplateFile
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int FileNameMaxLength = 200;

    public Guid CallId { get; init; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public long SizeBytes { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
