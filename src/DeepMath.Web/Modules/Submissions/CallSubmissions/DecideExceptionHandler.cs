using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

/// <summary>An organizer grants or refuses a submission's request for a format exception.</summary>
public sealed class DecideExceptionHandler(ISubmissionsData db, TimeProvider clock)
{
    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> HandleAsync(Guid callId, Guid submissionId, bool grant, string organizerId, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId && s.CallId == callId, cancellationToken);
        if (submission is null || submission.ExceptionState is null || submission.State != SubmissionState.Submitted)
        {
            return Result<string>.Invalid("That submission has no format-exception request to decide.");
        }
        submission.ExceptionState = grant ? FormatExceptionState.Granted : FormatExceptionState.Refused;
        submission.ExceptionDecidedBy = organizerId;
        submission.ExceptionDecidedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return grant ? "The format exception is granted." : "The format exception is refused.";
    }
}
