using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.StartSubmission;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.MySubmissions;

/// <summary>Turns the author's own draft into a submission, if the call is open at this instant.</summary>
public sealed class SubmitDraftHandler(DeepMathDbContext db, CallSchedule calls, TimeProvider clock)
{
    /// <returns>null when done; otherwise what went wrong.</returns>
    public async Task<string?> HandleAsync(Guid submissionId, string ownerId, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId && s.OwnerId == ownerId, cancellationToken);
        if (submission is null)
        {
            return "There is no such draft among your submissions.";
        }
        if (submission.State != SubmissionState.Draft)
        {
            return $"Submission {submission.Number} is {submission.State.ToString().ToLowerInvariant()} already.";
        }
        var call = await calls.FindAsync(submission.CallId, cancellationToken);
        var now = clock.GetUtcNow();
        if (call is null || !call.Window.IsOpenAt(now))
        {
            return call is null ? "The call no longer exists." : StartSubmissionHandler.ClosedMessage(call, now);
        }
        submission.State = SubmissionState.Submitted;
        submission.SubmittedAt = now;
        submission.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
