namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>A conflict a reviewer declares, while bidding, with one submission; it holds like any declared conflict.</summary>
public sealed class ReviewerConflict
{
    /// <summary>The committee membership (<see cref="Reviewer.Id"/>).</summary>
    public Guid ReviewerId { get; init; }
    public Guid SubmissionId { get; init; }
    public DateTimeOffset DeclaredAt { get; init; }
}
