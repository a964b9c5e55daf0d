using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.LateConflicts;

/// <summary>
/// Organizers grant or refuse a late author declaration, and apply or dismiss a reviewer's profile change. A conflict
/// that now holds takes the reviewer off the abstract: the assignment is removed in a logged batch unless a review
/// hangs on it (the review is kept for the organizers), and the reviewer's pages say why instead of answering 404.
/// </summary>
public sealed class DecideLateConflictHandler(IReviewingData db, CallConflicts conflicts, AssignmentWriter writer, TimeProvider clock)
{
    public async Task<Result<string>> AuthorRequestAsync(Guid callId, Guid submissionId, Guid reviewerId, bool grant, string organizerId, CancellationToken cancellationToken)
    {
        var request = await db.AuthorConflicts
            .SingleOrDefaultAsync(c => c.SubmissionId == submissionId && c.ReviewerId == reviewerId && c.State == AuthorConflictState.Requested
                && db.Reviewers.Any(r => r.Id == reviewerId && r.CallId == callId), cancellationToken);
        if (request is null)
        {
            return Result<string>.Invalid("That request is no longer waiting: the authors withdrew it or it was decided already.");
        }
        request.State = grant ? AuthorConflictState.Holds : AuthorConflictState.Refused;
        request.DecidedBy = organizerId;
        request.DecidedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Told(grant ? await TakeOffAsync(callId, reviewerId, organizerId, cancellationToken) : null,
            grant ? "The conflict is granted: the reviewer is taken off the abstract and told why." : "The request is refused; the authors see that.");
    }

    public async Task<Result<string>> ProfileChangeAsync(Guid callId, Guid changeId, bool apply, string organizerId, CancellationToken cancellationToken)
    {
        var change = await db.ProfileChanges.SingleOrDefaultAsync(c => c.Id == changeId && c.CallId == callId && c.State == ProfileChangeState.Open, cancellationToken);
        var reviewer = change is null ? null : await db.Reviewers.SingleOrDefaultAsync(r => r.Id == change.ReviewerId, cancellationToken);
        if (change is null || reviewer is null)
        {
            return Result<string>.Invalid("That change is no longer waiting: it was decided already.");
        }
        change.State = apply ? ProfileChangeState.Applied : ProfileChangeState.Dismissed;
        change.DecidedBy = organizerId;
        change.DecidedAt = clock.GetUtcNow();
        if (apply)
        {
            reviewer.Affiliations = change.Affiliations;
            reviewer.EmailDomains = change.EmailDomains;
            reviewer.DeclaredPeople = change.DeclaredPeople;
            reviewer.DeclaredInstitutions = change.DeclaredInstitutions;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Told(apply ? await TakeOffAsync(callId, reviewer.Id, organizerId, cancellationToken) : null,
            apply ? "The change is applied to the reviewer's profile; the conflicts it makes hold." : "The change is dismissed; the profile stays as it was.");
    }

    private static Result<string> Told(string? error, string done) => error is null ? done : Result<string>.Invalid(error);

    /// <summary>Removes the reviewer's assignments that a holding conflict now bars, except those a review hangs on.</summary>
    private async Task<string?> TakeOffAsync(Guid callId, Guid reviewerId, string organizerId, CancellationToken cancellationToken)
    {
        var reviewer = await db.Reviewers.AsNoTracking().SingleAsync(r => r.Id == reviewerId, cancellationToken);
        var findings = await conflicts.FindAsync(callId, [reviewer], cancellationToken);
        var barred = findings.Conflicts.Where(c => c.Holds).Select(c => c.SubmissionId).ToHashSet();
        var reviewed = await db.Reviews.Where(r => r.ReviewerId == reviewerId).Select(r => r.SubmissionId).ToListAsync(cancellationToken);
        var gone = await db.Assignments.Where(a => a.ReviewerId == reviewerId && barred.Contains(a.SubmissionId) && !reviewed.Contains(a.SubmissionId))
            .ToListAsync(cancellationToken);
        if (gone.Count == 0)
        {
            return null;
        }
        var batch = writer.Begin(callId, AssignmentBatchKind.ManualRemove, organizerId, "Taken off: a conflict of interest was recorded", gone.Count);
        foreach (var assignment in gone)
        {
            writer.Remove(batch, assignment);
        }
        return await writer.TrySaveAsync(cancellationToken) ? null : "The conflict holds, but the assignments changed meanwhile: look at the assignment page.";
    }
}
