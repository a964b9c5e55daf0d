using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Invitations;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Committee;

/// <summary>What became of each line of the invitation box.</summary>
/// <param name="Skipped">People not invited because they are on the committee or invited already, with why.</param>
/// <param name="Unread">The rejected lines as typed, to put back in the box for correcting.</param>
public sealed record InviteOutcome(IReadOnlyList<Invitee> Invited, IReadOnlyList<string> Skipped, IReadOnlyList<RejectedLine> Rejected, string Unread)
{
    public bool AllDone => Skipped.Count == 0 && Rejected.Count == 0;

    public string Summary => Invited.Count == 0
        ? "Nobody was invited."
        : $"Invited {Invited.Count}: {string.Join(", ", Invited.Select(i => i.Email))}.";
}

/// <summary>Invites everyone the box names who is neither a member nor invited, each with one e-mail in the same transaction.</summary>
public sealed class InviteReviewersHandler(IReviewingData db, AccountDirectory accounts, InvitationMailer mailer, TimeProvider clock)
{
    public async Task<InviteOutcome> HandleAsync(CallInfo call, string? text, string organizerId, string organizerName, CancellationToken cancellationToken)
    {
        var parsed = InviteeList.Parse(text);
        var emails = parsed.Invitees.Select(i => i.Email).ToList();
        var memberIds = await db.Reviewers.AsNoTracking().Where(r => r.CallId == call.CallId).Select(r => r.UserId).ToListAsync(cancellationToken);
        var members = (await accounts.ContactsAsync(memberIds, cancellationToken)).ToDictionary(c => c.Email.ToLowerInvariant(), c => c.DisplayName);
        var invited = await db.ReviewerInvitations.AsNoTracking().Where(i => i.CallId == call.CallId && emails.Contains(i.Email))
            .ToDictionaryAsync(i => i.Email, i => i.State, cancellationToken);
        var now = clock.GetUtcNow();
        var done = new List<Invitee>();
        var skipped = new List<string>();
        foreach (var person in parsed.Invitees)
        {
            if (members.TryGetValue(person.Email, out var member))
            {
                skipped.Add($"{person.Email} ({member}) is a reviewer of this call already.");
                continue;
            }
            if (invited.TryGetValue(person.Email, out var state))
            {
                skipped.Add(state switch
                {
                    InvitationState.Pending => $"{person.Email} is invited already and has not answered: use \"Send again\" below.",
                    InvitationState.Accepted => $"{person.Email} accepted an invitation already.",
                    InvitationState.Declined => $"{person.Email} declined an earlier invitation: use \"Invite again\" below if you want to ask once more.",
                    _ => $"{person.Email} had an invitation that was withdrawn: use \"Invite again\" below.",
                });
                continue;
            }
            var invitation = new ReviewerInvitation
            {
                CallId = call.CallId, Email = person.Email, Name = person.Name, State = InvitationState.Pending,
                InvitedAt = now, InvitedBy = organizerId, LastSentAt = now,
            };
            db.ReviewerInvitations.Add(invitation);
            await mailer.QueueInvitationAsync(invitation, call, organizerName, InvitationMailer.FirstKey(invitation), cancellationToken);
            done.Add(person);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new InviteOutcome(done, skipped, parsed.Rejected, string.Join("\n", parsed.Rejected.Select(r => r.Text)));
    }
}
