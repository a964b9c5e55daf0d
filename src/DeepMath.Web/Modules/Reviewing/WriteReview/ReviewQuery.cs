using System.Security.Claims;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.WriteReview;

/// <summary>What a reviewer may know of a submission they review: never its authors.</summary>
public sealed record BlindSubmission(Guid Id, int Number, string Title, IReadOnlyList<string> Topics);

public sealed record ReviewTarget(ReviewingAccess.Membership Member, BlindSubmission Submission, ReviewDates Dates);

/// <summary>
/// Finds the submission a reviewer reviews by its number in the call: only when they are on the
/// committee, are assigned to it, and no holding conflict keeps them away. Anything else is null, to
/// be answered with 404 so that nobody learns whether the number exists.
/// </summary>
public sealed class ReviewQuery(DeepMathDbContext db, ReviewingAccess access, CallConflicts conflicts, ReviewCalendar calendar)
{
    public async Task<ReviewTarget?> FindAsync(ClaimsPrincipal user, Guid callId, int number, CancellationToken cancellationToken)
    {
        if (await access.MembershipAsync(user, callId, cancellationToken) is not { } member)
        {
            return null;
        }
        var reviewerId = member.Reviewer.Id;
        var assigned = await db.Assignments.AsNoTracking().Where(a => a.CallId == callId && a.ReviewerId == reviewerId)
            .Select(a => a.SubmissionId).ToListAsync(cancellationToken);
        if (assigned.Count == 0)
        {
            return null;
        }
        var findings = await conflicts.FindAsync(callId, [member.Reviewer], cancellationToken);
        var submission = findings.OpenTo(reviewerId).FirstOrDefault(s => s.Number == number && assigned.Contains(s.Id));
        return submission is null
            ? null
            : new ReviewTarget(member, new BlindSubmission(submission.Id, submission.Number, submission.Title, submission.Topics),
                await calendar.ForAsync(member.Call, cancellationToken));
    }
}
