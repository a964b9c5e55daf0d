using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.InviteReviewers;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.ManageCommittee;

public sealed record CommitteeRow(Guid ReviewerId, string Name, string Email, bool HasProfile, IReadOnlyList<string> Topics, int? MaxLoad);

public sealed record InvitationRow(Guid Id, string Name, string Email, InvitationState State, DateTimeOffset InvitedAt, DateTimeOffset LastSentAt,
    int RemindersSent, DateTimeOffset? AnsweredAt);

/// <param name="InviteText">What to show in the invitation box: the lines still to correct after a batch.</param>
/// <param name="LastBatch">What became of the batch of invitations just posted, when it needs reading on the page.</param>
public sealed record CommitteePage(CallInfo Call, IReadOnlyList<CommitteeRow> Reviewers, IReadOnlyList<InvitationRow> Invitations, int ReminderDays,
    string InviteText = "", InvitationBatch? LastBatch = null);

/// <summary>Reads the committee page: members with their profiles, and every invitation with its state.</summary>
public sealed class CommitteeQuery(IReviewingData db, AccountDirectory accounts)
{
    public async Task<CommitteePage> PageAsync(CallInfo call, CancellationToken cancellationToken, string inviteText = "", InvitationBatch? lastBatch = null)
    {
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == call.CallId).ToListAsync(cancellationToken);
        var contacts = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId);
        var rows = reviewers
            .Select(r => contacts.TryGetValue(r.UserId, out var c)
                ? new CommitteeRow(r.Id, c.DisplayName, c.Email, r.ProfileUpdatedAt is not null, r.ExpertiseTopics, r.MaxLoad)
                : null)
            .OfType<CommitteeRow>()
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var invitations = await db.ReviewerInvitations.AsNoTracking().Where(i => i.CallId == call.CallId)
            .OrderBy(i => i.State).ThenBy(i => i.Email)
            .Select(i => new InvitationRow(i.Id, i.Name, i.Email, i.State, i.InvitedAt, i.LastSentAt, i.RemindersSent, i.AnsweredAt))
            .ToListAsync(cancellationToken);
        var days = await db.ReviewSettings.AsNoTracking().Where(s => s.CallId == call.CallId).Select(s => (int?)s.InvitationReminderDays)
            .SingleOrDefaultAsync(cancellationToken) ?? ReviewSettings.DefaultInvitationReminderDays;
        return new CommitteePage(call, rows, invitations, days, inviteText, lastBatch);
    }
}
