using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>
/// Withdraws the author's own draft or submission while the call is open, and revives it while the call is still open
/// (back to the state it had: submitted if it was). The number is not reused.
/// </summary>
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
        return changed == 1
            ? $"Submission {submission.Number} is withdrawn. You can revive it from this page until the deadline."
            : Result<string>.Invalid($"Submission {submission.Number} is withdrawn already.");
    }

    public async Task<Result<string>> ReviveAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (submission.State != SubmissionState.Withdrawn)
        {
            return Result<string>.Invalid($"Submission {submission.Number} is not withdrawn.");
        }
        var call = await calls.FindAsync(submission.CallId, cancellationToken);
        var now = clock.GetUtcNow();
        if (call is null || !call.Window.IsOpenAt(now))
        {
            return Result<string>.Invalid(call is null ? "The call no longer exists." : ClosedCallMessage.For(call, now) + " A withdrawn abstract can be revived only until the deadline.");
        }
        var state = submission.SubmittedAt is null ? SubmissionState.Draft : SubmissionState.Submitted;
        try
        {
            var changed = await db.Submissions
                .Where(s => s.Id == submission.Id && s.State == SubmissionState.Withdrawn)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, state).SetProperty(s => s.WithdrawnAt, (DateTimeOffset?)null).SetProperty(s => s.UpdatedAt, now), cancellationToken);
            return changed == 1
                ? $"Submission {submission.Number} is revived: it is {state.ToString().ToLowerInvariant()} again."
                : Result<string>.Invalid($"Submission {submission.Number} is not withdrawn.");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == SubmissionConfiguration.OnePerPresenterIndex)
        {
            return Result<string>.Invalid($"Submission {submission.Number} cannot be revived: its presenting author, {submission.PresenterEmail}, presents another abstract in this call now. Withdraw that one first.");
        }
    }
}
