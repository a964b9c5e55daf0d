namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>One reason a reviewer must not review a submission, with the organizers' ruling if any.</summary>
public sealed record Conflict(Guid ReviewerId, Guid SubmissionId, ConflictKind Kind, string Reason, ConflictVerdict? Verdict)
{
    public bool IsAutomatic => ConflictKinds.IsAutomatic(Kind);

    /// <summary>Whether it keeps the reviewer away: declared ones always do, automatic ones unless dismissed.</summary>
    public bool Holds => !IsAutomatic || Verdict != ConflictVerdict.Dismissed;
}
