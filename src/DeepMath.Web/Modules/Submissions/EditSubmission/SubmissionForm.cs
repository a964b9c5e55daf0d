using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>
/// The submission form. Authors are added, removed and reordered by buttons that post the whole form
/// (<see cref="Command"/>) and show it again, so the form works without JavaScript.
/// </summary>
public sealed class SubmissionForm
{
    public const string Save = "save";
    public const string Submit = "submit";
    public const string AddAuthor = "add-author";

    public string? Title { get; set; }
    public string? Abstract { get; set; }
    public List<AuthorRow> Authors { get; set; } = [];
    public List<string> Topics { get; set; } = [];
    public List<string> Disciplines { get; set; } = [];
    public string? ExceptionRequest { get; set; }
    public string? Command { get; set; }

    /// <summary>A PDF chosen before, kept across a round trip of the form (see <see cref="Domain.PendingUpload"/>).</summary>
    public Guid? PendingUploadId { get; set; }

    /// <summary>Shown beside the kept PDF; set from the stored row, never from the post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public string? PendingFileName { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public string? PendingSha256 { get; set; }

    public static SubmissionForm From(Submission s) => new()
    {
        Title = s.Title,
        Abstract = s.Abstract,
        Authors = [.. s.OrderedAuthors().Select(a => new AuthorRow { Name = a.Name, Email = a.Email, Affiliation = a.Affiliation, Country = a.Country, MayEdit = a.MayEdit })],
        Topics = [.. s.Topics],
        Disciplines = [.. s.Disciplines],
        ExceptionRequest = s.ExceptionRequest,
    };

    /// <summary>Applies an add, remove, up or down button; false when the command saves instead.</summary>
    public bool ApplyLayoutCommand()
    {
        var parts = (Command ?? string.Empty).Split('-', 2);
        if (Command == AddAuthor)
        {
            Authors.Add(new AuthorRow());
            return true;
        }
        if (parts.Length != 2 || !int.TryParse(parts[1], out var i) || i < 0 || i >= Authors.Count)
        {
            return false;
        }
        switch (parts[0])
        {
            case "remove":
                Authors.RemoveAt(i);
                return true;
            case "up" when i > 0:
                (Authors[i - 1], Authors[i]) = (Authors[i], Authors[i - 1]);
                return true;
            case "down" when i < Authors.Count - 1:
                (Authors[i + 1], Authors[i]) = (Authors[i], Authors[i + 1]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The filled author rows, trimmed, in order.</summary>
    public List<SubmissionAuthor> ListedAuthors() =>
    [
        .. Authors.Where(a => !a.IsBlank).Select((a, i) => new SubmissionAuthor
        {
            Position = i,
            Name = a.Name?.Trim() ?? string.Empty,
            Email = a.Email?.Trim() ?? string.Empty,
            Affiliation = a.Affiliation?.Trim() ?? string.Empty,
            Country = a.Country?.Trim() ?? string.Empty,
            MayEdit = a.MayEdit,
        }),
    ];

    public static int CountWords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
