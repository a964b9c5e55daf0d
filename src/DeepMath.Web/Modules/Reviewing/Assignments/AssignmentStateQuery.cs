using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>Reads a call's <see cref="AssignmentState"/>: a handful of queries whatever the number of submissions.</summary>
public sealed class AssignmentStateQuery(IReviewingData db, CallConflicts conflicts, AccountDirectory accounts, SubmissionAuthorsQuery submissions)
{
    /// <summary>The committee's e-mails and the author lists naming them, read only when a constraint needs them.</summary>
    public async Task<ReviewerLinks> LinksAsync(AssignmentState state, CancellationToken cancellationToken)
    {
        var contacts = (await accounts.ContactsAsync(state.Reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId, c => c.Email.ToLowerInvariant());
        var emails = state.Reviewers.Where(r => contacts.ContainsKey(r.UserId)).ToDictionary(r => r.Id, r => contacts[r.UserId]);
        var groups = await submissions.GroupsListingAsync(emails.Values, cancellationToken);
        return new ReviewerLinks(emails, [.. groups.Select(g => g.Emails)]);
    }

    public async Task<AssignmentState> LoadAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == call.CallId).OrderBy(r => r.AddedAt).ToListAsync(cancellationToken);
        var findings = await conflicts.FindAsync(call.CallId, reviewers, cancellationToken);
        var ids = reviewers.Select(r => r.Id).ToList();
        var bids = await db.Bids.AsNoTracking().Where(b => ids.Contains(b.ReviewerId)).ToListAsync(cancellationToken);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.CallId == call.CallId).ToListAsync(cancellationToken);
        var contacts = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId, c => c.DisplayName);
        var names = reviewers.ToDictionary(r => r.Id, r => contacts.GetValueOrDefault(r.UserId, "(account removed)"));
        return new AssignmentState(call, reviewers, findings, bids, assignments, names);
    }
}
