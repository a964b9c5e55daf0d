using System.Text;
using DeepMath.Assignment.Text;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.Profile;

/// <summary>
/// The publications field of the profile: pasted text or an uploaded .bib/.txt file (which takes the text's place),
/// read into the titles and abstracts the text affinity uses. Unreadable BibTeX is an error on the field naming the
/// line, and the form comes back with what was typed, so nothing is lost.
/// </summary>
public static class PublicationsInput
{
    public const int MaxFileBytes = 512 * 1024;

    public sealed record Read(string Raw, string Text, int Entries);

    public static async Task<Read> ReadAsync(ProfileForm form, IFormFile? file, ErrorList errors, CancellationToken cancellationToken)
    {
        var raw = (form.Publications ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (file is not null)
        {
            if (file.Length == 0)
            {
                errors.Add(nameof(form.Publications), $"The file {file.FileName} is empty; choose your .bib file again or paste its text.");
                return new Read(raw, string.Empty, 0);
            }

            if (file.Length > MaxFileBytes)
            {
                errors.Add(nameof(form.Publications), $"The file {file.FileName} has {file.Length / 1024} KB; the limit is {MaxFileBytes / 1024} KB. Keep your recent publications only.");
                return new Read(raw, string.Empty, 0);
            }

            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            raw = (await reader.ReadToEndAsync(cancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            form.Publications = raw;
        }

        if (raw.Length > Reviewer.PublicationsMaxLength)
        {
            errors.Add(nameof(form.Publications), $"The publications have {raw.Length} characters; the limit is {Reviewer.PublicationsMaxLength}. Keep your recent publications only.");
            return new Read(raw, string.Empty, 0);
        }

        try
        {
            var text = PublicationText.Extract(raw);
            return new Read(raw, text.Text, text.Entries);
        }
        catch (BibTexException e)
        {
            errors.Add(nameof(form.Publications), $"Your publications could not be read as BibTeX. {e.Message} Correct it, or paste plain titles and abstracts instead.");
            return new Read(raw, string.Empty, 0);
        }
    }
}
