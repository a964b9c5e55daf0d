namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>A conflict an author declares with a member of the call's committee; see <see cref="AuthorConflictState"/> for when it holds.</summary>
public sealed class AuthorConflict
{
    public Guid SubmissionId { get; init; }

    /// <summary>The committee membership (<see cref="Reviewer.Id"/>).</summary>
    public Guid ReviewerId { get; init; }
    public DateTimeOffset DeclaredAt { get; init; }
    public string? DeclaredBy { get; init; }
    public AuthorConflictState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}
