using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Checking;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

/// <summary>
/// Checks the latest PDF of every non-withdrawn submission of a call again, with the call's rules and the
/// authors as they are now. A granted exception does not cover errors it was not asked for: a submitted
/// abstract with new errors needs a new decision, and is held back from review until then.
/// </summary>
public sealed class RecheckHandler(ISubmissionsData db, StoredPdfRecheck recheck, TimeProvider clock)
{
    /// <returns>How many submissions were checked again.</returns>
    public async Task<Result<int>> HandleAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var submissions = await db.Submissions.Where(s => s.CallId == call.CallId && s.State != SubmissionState.Withdrawn)
            .OrderBy(s => s.Number).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var submission in submissions)
        {
            // One at a time: each PDF may be tens of MiB, and a call may have hundreds.
            if (await recheck.CheckAsync(submission.Id, submission.OrderedAuthors(), call.FormatRules, always: true, cancellationToken) is not { } rechecked)
            {
                continue;
            }
            rechecked.Apply(clock.GetUtcNow());
            if (rechecked.NewErrors && submission.ExceptionState == FormatExceptionState.Granted)
            {
                submission.ExceptionState = FormatExceptionState.Requested;
                submission.ExceptionDecidedBy = null;
                submission.ExceptionDecidedAt = null;
            }
            // An abstract stored before fingerprints were kept gets one now, so the check and the list agree.
            submission.AuthorsFingerprint = AuthorsFingerprint.Of(submission.Authors);
            await db.SaveChangesAsync(cancellationToken);
            count++;
        }
        return count;
    }
}
