namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>
/// One final version of an accepted abstract's title, text abstract and authors, saved for the program and the book of
/// abstracts until the call's final-version day. The submission holds the latest; these rows are the history.
/// </summary>
public sealed class SubmissionFinalVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SubmissionId { get; init; }
    public int Version { get; init; }
    public required string Title { get; init; }
    public required string Abstract { get; init; }

    /// <summary>The authors as saved, "Name &lt;email&gt; (affiliation)" one a line, in order.</summary>
    public required string Authors { get; init; }
    public required string SavedBy { get; init; }
    public DateTimeOffset SavedAt { get; init; }
}
