using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Conflicts;

/// <summary>Every conflict of a call with its reason and ruling, by abstract number and reviewer name.</summary>
public sealed class ConflictsQuery(IReviewingData db, CallConflicts conflicts, AccountDirectory accounts)
{
    public async Task<ConflictsPage> PageAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var callId = call.CallId;
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == callId).ToListAsync(cancellationToken);
        var findings = await conflicts.FindAsync(callId, reviewers, cancellationToken);
        var contacts = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId);
        var people = reviewers.ToDictionary(r => r.Id, r => contacts.GetValueOrDefault(r.UserId));
        var papers = findings.Submissions.ToDictionary(s => s.Id);
        var rows = findings.Conflicts
            .Select(c => new ConflictRow(ConflictKey.Format(c), c.IsAutomatic, people[c.ReviewerId]?.DisplayName ?? "(account removed)",
                people[c.ReviewerId]?.Email ?? string.Empty, papers[c.SubmissionId].Number, papers[c.SubmissionId].Title,
                ConflictKinds.Label(c.Kind), c.Reason, c.Verdict, c.Holds))
            .OrderBy(r => r.Number).ThenBy(r => r.ReviewerName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new ConflictsPage(call, reviewers.Count, findings.Submissions.Count, rows);
    }
}
