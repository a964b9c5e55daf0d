using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Conflicts;

/// <summary>
/// An organizer records a conflict between a committee member and a submission by hand, with the reason they know
/// of (a student, a grant, a feud). It holds at once: the abstract leaves the reviewer's lists, and the assignment,
/// if there is one, shows as stale on the assignments page for the organizers to take away.
/// </summary>
public sealed class AddConflictHandler(IReviewingData db, SubmissionCatalog submissions, TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(CallInfo call, Guid? submissionId, Guid? reviewerId, string? reason, string userId, CancellationToken cancellationToken)
    {
        var text = (reason ?? string.Empty).Trim();
        if (submissionId is null || reviewerId is null)
        {
            return Result<string>.Invalid("Choose the reviewer the conflict is with.");
        }
        if (text.Length == 0)
        {
            return Result<string>.Invalid("Say why there is a conflict (for example \"PhD student of the second author\"): the reason stays with the organizers.");
        }
        if (text.Length > OrganizerConflict.ReasonMaxLength)
        {
            return Result<string>.Invalid($"The reason can have at most {OrganizerConflict.ReasonMaxLength} characters; it has {text.Length}.");
        }
        var paper = await submissions.InCall(call.CallId).Where(s => s.Id == submissionId).Select(s => new { s.Number }).SingleOrDefaultAsync(cancellationToken);
        var member = await db.Reviewers.AnyAsync(r => r.Id == reviewerId && r.CallId == call.CallId, cancellationToken);
        if (paper is null || !member)
        {
            return Result<string>.Invalid("That submission or reviewer is not part of this call any more. Reload the page and choose again.");
        }
        if (await db.OrganizerConflicts.AnyAsync(c => c.ReviewerId == reviewerId && c.SubmissionId == submissionId, cancellationToken))
        {
            return Result<string>.Invalid($"A conflict with this reviewer is recorded for abstract {paper.Number} already.");
        }
        db.OrganizerConflicts.Add(new OrganizerConflict { ReviewerId = reviewerId.Value, SubmissionId = submissionId.Value, Reason = text, AddedBy = userId, AddedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        var assigned = await db.Assignments.AnyAsync(a => a.ReviewerId == reviewerId && a.SubmissionId == submissionId, cancellationToken);
        return $"The conflict is recorded: the reviewer no longer sees abstract {paper.Number}."
            + (assigned ? " They were assigned to it: take the assignment away on the assignments page." : string.Empty);
    }
}
