using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>Withdraws the author's own draft or submission while the call is open. The number is not reused.</summary>
public sealed class WithdrawSubmissionHandler(ISubmissionsData db, CallOverview calls, TimeProvider clock)
{
    /// <returns>What to tell the author.</returns>
    public async Task<Result<string>> HandleAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (submission.State == SubmissionState.Withdrawn)
        {
            return Result<string>.Invalid($"Submission {submission.Number} is withdrawn already.");
        }
        var call = await calls.FindAsync(submission.CallId, cancellationToken);
        var now = clock.GetUtcNow();
        if (call is null || !call.Window.IsOpenAt(now))
        {
            return Result<string>.Invalid(call is null ? "The call no longer exists." : ClosedCallMessage.For(call, now));
        }
        var changed = await db.Submissions
            .Where(s => s.Id == submission.Id && s.State != SubmissionState.Withdrawn)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, SubmissionState.Withdrawn).SetProperty(s => s.WithdrawnAt, now).SetProperty(s => s.UpdatedAt, now), cancellationToken);
        return changed == 1 ? $"Submission {submission.Number} is withdrawn." : Result<string>.Invalid($"Submission {submission.Number} is withdrawn already.");
    }
}
