using System.Security.Cryptography;
using DeepMath.Web.Infrastructure.Results;

namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>A CV or letter read from a form: a PDF under the size limit, or the reason it is refused.</summary>
public static class PdfUpload
{
    public static async Task<Result<byte[]>> ReadAsync(IFormFile? file, string what, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Result<byte[]>.Invalid($"Choose the PDF of {what}.");
        }
        if (file.Length == 0)
        {
            return Result<byte[]>.Invalid($"The file {Path.GetFileName(file.FileName)} is empty (0 bytes): choose the PDF of {what} again.");
        }
        if (file.Length > ApplicationFile.MaxBytes)
        {
            return Result<byte[]>.Invalid($"The PDF of {what} is larger than {ApplicationFile.MaxBytes / (1024 * 1024)} MiB: compress it (images usually make it large) and upload it again.");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        return bytes.AsSpan().StartsWith("%PDF-"u8)
            ? bytes
            : Result<byte[]>.Invalid($"{Path.GetFileName(file.FileName)} is not a PDF: save or export {what} as PDF and upload that file.");
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string FileName(IFormFile file) =>
        Path.GetFileName(file.FileName) is { Length: > 0 and <= ApplicationFile.FileNameMaxLength } name ? name : "document.pdf";
}
