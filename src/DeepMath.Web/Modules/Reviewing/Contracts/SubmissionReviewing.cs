using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>A reviewer assigned to a submission, with where their review stands ("not started", "draft", "submitted").</summary>
public sealed record AssignedReviewer(Guid ReviewerId, string Name, string Email, string ReviewState, DateTimeOffset AssignedAt);

/// <summary>One reason a committee member may not review the submission, and whether it keeps them away.</summary>
public sealed record SubmissionConflict(string Reviewer, string Kind, string Reason, bool Holds);

/// <summary>A committee member, for the organizers' "add a conflict" choice.</summary>
public sealed record CommitteeMember(Guid ReviewerId, string Name);

public sealed record SubmissionReviewingView(IReadOnlyList<AssignedReviewer> Assigned, IReadOnlyList<SubmissionConflict> Conflicts, IReadOnlyList<CommitteeMember> Committee);

/// <summary>The Reviewing module's public face for the organizers' page of one submission: who reviews it and who may not.</summary>
public sealed class SubmissionReviewing(IReviewingData db, CallConflicts conflicts, AccountDirectory accounts)
{
    public async Task<SubmissionReviewingView> ForAsync(Guid callId, Guid submissionId, CancellationToken cancellationToken = default)
    {
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == callId).OrderBy(r => r.AddedAt).ToListAsync(cancellationToken);
        var contacts = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId);
        var names = reviewers.ToDictionary(r => r.Id, r => contacts.GetValueOrDefault(r.UserId));
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.SubmissionId == submissionId).ToListAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.SubmissionId == submissionId).ToDictionaryAsync(r => r.ReviewerId, r => r.SubmittedAt != null, cancellationToken);
        var found = await conflicts.FindAsync(callId, reviewers, cancellationToken);
        return new SubmissionReviewingView(
            [.. assignments.OrderBy(a => a.CreatedAt).Select(a => new AssignedReviewer(a.ReviewerId, names.GetValueOrDefault(a.ReviewerId)?.DisplayName ?? "(account removed)",
                names.GetValueOrDefault(a.ReviewerId)?.Email ?? string.Empty,
                reviews.TryGetValue(a.ReviewerId, out var submitted) ? submitted ? "submitted" : "draft" : "not started", a.CreatedAt))],
            [.. found.Conflicts.Where(c => c.SubmissionId == submissionId)
                .Select(c => new SubmissionConflict(names.GetValueOrDefault(c.ReviewerId)?.DisplayName ?? "(account removed)", ConflictKinds.Label(c.Kind), c.Reason, c.Holds))],
            [.. reviewers.Select(r => new CommitteeMember(r.Id, names.GetValueOrDefault(r.Id)?.DisplayName ?? "(account removed)"))]);
    }
}
