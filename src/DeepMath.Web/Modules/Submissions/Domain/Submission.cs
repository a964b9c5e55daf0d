using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>An abstract submitted to a call. Its number is the next in its call and is never reused.</summary>
public sealed class Submission
{
    public const int TitleMaxLength = 200;
    public const int AbstractMaxWords = 300;
    public const int AbstractMaxLength = 5000;
    public const int MaxTopics = 3;
    public const int ExceptionRequestMaxLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public int Number { get; init; }
    public required string OwnerId { get; init; }
    public required string Title { get; set; }
    public string Abstract { get; set; } = string.Empty;

    /// <summary>In order; the first presents.</summary>
    public List<SubmissionAuthor> Authors { get; set; } = [];

    /// <summary>The <see cref="Domain.AuthorsFingerprint"/> of <see cref="Authors"/>, kept with them by <see cref="SetAuthors"/>.</summary>
    public string? AuthorsFingerprint { get; set; }

    /// <summary>The first author's e-mail, lower-cased: one non-withdrawn abstract per presenting author per call.</summary>
    public string? PresenterEmail { get; set; }

    public List<string> Topics { get; set; } = [];
    public List<string> Disciplines { get; set; } = [];
    public SubmissionState State { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The author's written case for accepting a PDF the checker finds fault with.</summary>
    public string? ExceptionRequest { get; set; }
    public FormatExceptionState? ExceptionState { get; set; }
    public string? ExceptionDecidedBy { get; set; }
    public DateTimeOffset? ExceptionDecidedAt { get; set; }

    public void SetAuthors(IReadOnlyList<SubmissionAuthor> authors)
    {
        // Updated in place so that rows keep their identity; only the tail is added or removed.
        for (var i = 0; i < authors.Count; i++)
        {
            if (i < Authors.Count)
            {
                Authors[i].Position = i;
                Authors[i].Name = authors[i].Name;
                Authors[i].Email = authors[i].Email;
                Authors[i].Affiliation = authors[i].Affiliation;
                Authors[i].Country = authors[i].Country;
                Authors[i].MayEdit = authors[i].MayEdit;
            }
            else
            {
                Authors.Add(new SubmissionAuthor
                {
                    Position = i, Name = authors[i].Name, Email = authors[i].Email, Affiliation = authors[i].Affiliation, Country = authors[i].Country,
                    MayEdit = authors[i].MayEdit,
                });
            }
        }
        Authors.RemoveRange(authors.Count, Authors.Count - authors.Count);
        AuthorsFingerprint = Domain.AuthorsFingerprint.Of(Authors);
        PresenterEmail = authors.Count == 0 || string.IsNullOrWhiteSpace(authors[0].Email) ? null : authors[0].Email.Trim().ToLowerInvariant();
    }

    /// <summary>The listed author with this (confirmed) e-mail, compared as e-mail addresses are: without case.</summary>
    public SubmissionAuthor? ListedAs(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : Authors.FirstOrDefault(a => string.Equals(a.Email.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Keeps who may edit as it was, for a save by someone other than the submitter: only the submitter names editors.
    /// Matched by e-mail, so that moving an author keeps the tick with the person.
    /// </summary>
    public void KeepEditorsOf(IReadOnlyList<SubmissionAuthor> authors)
    {
        foreach (var author in authors)
        {
            author.MayEdit = ListedAs(author.Email)?.MayEdit ?? false;
        }
    }

    public IReadOnlyList<SubmissionAuthor> OrderedAuthors() => [.. Authors.OrderBy(a => a.Position)];
}
