using System.IO.Compression;
using System.Text;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Domain;

namespace DeepMath.Web.Modules.Events.EditCall;

/// <summary>A call's own template as uploaded, checked: a .zip that opens as one, or one LaTeX text file.</summary>
public sealed record TemplateUpload(string FileName, string ContentType, byte[] Content)
{
    /// <summary>What the file input accepts; the server checks the name and the bytes whatever the browser sends.</summary>
    public const string Accept = ".zip,.tex,.sty,.cls,application/zip";

    private const int MaxZipEntries = 2000;
    private static readonly string[] _textExtensions = [".tex", ".sty", ".cls"];
    private static readonly UTF8Encoding _strictUtf8 = new(false, true);

    /// <summary>The upload, or why it is refused (in words for the organizer: what is wrong and what to do).</summary>
    public static async Task<Result<TemplateUpload>> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.FileName ?? string.Empty).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (file.Length == 0)
        {
            return Result<TemplateUpload>.Invalid($"The template file \"{name}\" is empty. Choose the .zip (or .tex) file again.");
        }
        if (file.Length > CallTemplateFile.MaxBytes)
        {
            return Result<TemplateUpload>.Invalid($"The template file has {RequestLimits.MiB(file.Length)}; at most {RequestLimits.MiB(CallTemplateFile.MaxBytes)} is accepted. "
                + "Leave out large examples, images or fonts and upload it again.");
        }
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension != ".zip" && !_textExtensions.Contains(extension))
        {
            return Result<TemplateUpload>.Invalid($"\"{name}\" is not a template file: upload a .zip bundle (style file, example, bibliography), or one .tex, .sty or .cls file.");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (extension == ".zip")
        {
            return IsZip(bytes)
                ? new TemplateUpload(Shorten(name), "application/zip", bytes)
                : Result<TemplateUpload>.Invalid($"\"{name}\" is not a zip archive that can be opened (it may be damaged, or another kind of file renamed to .zip). "
                    + "Make the zip again and upload it.");
        }
        return IsText(bytes)
            ? new TemplateUpload(Shorten(name), "text/plain; charset=utf-8", bytes)
            : Result<TemplateUpload>.Invalid($"\"{name}\" is not a LaTeX text file: it holds binary data or is not UTF-8 text. Upload the .tex, .sty or .cls file itself, "
                + "or a .zip with your files.");
    }

    private static bool IsZip(byte[] bytes)
    {
        if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return false;
        }
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return archive.Entries.Count is > 0 and <= MaxZipEntries;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool IsText(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return false;
        }
        try
        {
            _strictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string Shorten(string name) => name.Length <= CallTemplateFile.FileNameMaxLength ? name : name[^CallTemplateFile.FileNameMaxLength..];
}
