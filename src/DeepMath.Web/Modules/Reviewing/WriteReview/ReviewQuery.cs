using System.Security.Claims;
using DeepMath.Web.Modules.Reviewing.Assigned;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.WriteReview;

/// <summary>What a reviewer may know of a submission they review: never its authors.</summary>
public sealed record BlindSubmission(Guid Id, int Number, string Title, IReadOnlyList<string> Topics);

public sealed record ReviewTarget(ReviewingAccess.Membership Member, BlindSubmission Submission, ReviewDates Dates);

/// <summary>An abstract a conflict took off the reviewer's list, with the reviewer's membership of the call.</summary>
public sealed record TakenOffTarget(ReviewingAccess.Membership Member, TakenOffRow Row);

/// <summary>
/// Finds the submission a reviewer reviews by its number in the call: only when they are on the
/// committee, are assigned to it, and no holding conflict keeps them away. Anything else is null, to
/// be answered with 404 so that nobody learns whether the number exists.
/// </summary>
public sealed class ReviewQuery(IReviewingData db, ReviewingAccess access, AssignedQuery assigned, ReviewCalendar calendar)
{
    /// <summary>The reviewer's saved review of the target, draft or submitted, if any.</summary>
    public Task<Review?> SavedAsync(ReviewTarget target, CancellationToken cancellationToken) =>
        db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.SubmissionId == target.Submission.Id && r.ReviewerId == target.Member.Reviewer.Id, cancellationToken);

    /// <summary>The abstract with this number when a conflict took it off the reviewer's list, to be explained rather than answered with 404.</summary>
    public async Task<TakenOffTarget?> TakenOffAsync(ClaimsPrincipal user, Guid callId, int number, CancellationToken cancellationToken) =>
        await access.MembershipAsync(user, callId, cancellationToken) is { } member
        && (await assigned.TakenOffAsync(member, cancellationToken)).FirstOrDefault(r => r.Number == number) is { } row
            ? new TakenOffTarget(member, row)
            : null;

    public async Task<ReviewTarget?> FindAsync(ClaimsPrincipal user, Guid callId, int number, CancellationToken cancellationToken)
    {
        if (await access.MembershipAsync(user, callId, cancellationToken) is not { } member)
        {
            return null;
        }
        var row = (await assigned.ListAsync(member, cancellationToken)).FirstOrDefault(r => r.Number == number);
        return row is null
            ? null
            : new ReviewTarget(member, new BlindSubmission(row.SubmissionId, row.Number, row.Title, row.Topics),
                await calendar.ForAsync(member.Call, cancellationToken));
    }
}
