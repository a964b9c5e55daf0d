namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>A conflict an author declares, while submitting, with a member of the call's committee.</summary>
public sealed class AuthorConflict
{
    public Guid SubmissionId { get; init; }

    /// <summary>The committee membership (<see cref="Reviewer.Id"/>).</summary>
    public Guid ReviewerId { get; init; }
    public DateTimeOffset DeclaredAt { get; init; }
    public string? DeclaredBy { get; init; }
}
