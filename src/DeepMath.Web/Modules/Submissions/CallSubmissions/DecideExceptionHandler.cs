using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

/// <summary>An organizer grants or refuses a submission's request for a format exception.</summary>
public sealed class DecideExceptionHandler(ISubmissionsData db, TimeProvider clock)
{
    /// <summary>The request about to be refused, for the confirmation page; invalid when there is none to decide.</summary>
    public async Task<Result<ExceptionRequest>> FindAsync(Guid callId, Guid submissionId, CancellationToken cancellationToken) =>
        await db.Submissions.AsNoTracking()
            .Where(s => s.Id == submissionId && s.CallId == callId && s.ExceptionState != null && s.State == SubmissionState.Submitted)
            .Select(s => new ExceptionRequest(s.Number, s.Title, s.ExceptionState!.Value))
            .SingleOrDefaultAsync(cancellationToken) is { } request
            ? request
            : Result<ExceptionRequest>.Invalid("That submission has no format-exception request to decide.");

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

/// <summary>A submission's format-exception request as the refusal's confirmation page names it.</summary>
public sealed record ExceptionRequest(int Number, string Title, FormatExceptionState State);
