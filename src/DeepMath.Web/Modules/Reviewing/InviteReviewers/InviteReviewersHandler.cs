using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Invitations;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.InviteReviewers;

/// <summary>Invites everyone the box names who is neither a member nor invited, each with one e-mail in the same transaction.</summary>
public sealed class InviteReviewersHandler(IReviewingData db, AccountDirectory accounts, InvitationMailer mailer, TimeProvider clock)
{
    public async Task<Result<InvitationBatch>> HandleAsync(CallInfo call, string? text, string organizerId, string organizerName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<InvitationBatch>.Invalid("people", "Write at least one person to invite: one per line, as Name <name@university.edu> or just the e-mail address.");
        }
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
        return new InvitationBatch(done, skipped, parsed.Rejected, string.Join("\n", parsed.Rejected.Select(r => r.Text)));
    }
}
