using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.InviteReviewers;

/// <summary>What became of each line of the invitation box.</summary>
/// <param name="Skipped">People not invited because they are on the committee or invited already, with why.</param>
/// <param name="Unread">The rejected lines as typed, to put back in the box for correcting.</param>
public sealed record InvitationBatch(IReadOnlyList<Invitee> Invited, IReadOnlyList<string> Skipped, IReadOnlyList<RejectedLine> Rejected, string Unread)
{
    public bool AllDone => Skipped.Count == 0 && Rejected.Count == 0;

    public string Summary => Invited.Count == 0
        ? "Nobody was invited."
        : $"Invited {Invited.Count}: {string.Join(", ", Invited.Select(i => i.Email))}.";
}
