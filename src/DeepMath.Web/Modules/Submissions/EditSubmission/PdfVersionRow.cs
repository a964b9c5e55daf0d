namespace DeepMath.Web.Modules.Submissions.EditSubmission;

public sealed record PdfVersionRow(int Version, string Sha256, long SizeBytes, DateTimeOffset UploadedAt, int Errors, int Warnings);
