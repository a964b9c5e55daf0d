using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Authorization;

/// <summary>Who may read a submission: its owner and the organizers of its event. Everyone else is told it does not exist.</summary>
public sealed class SubmissionAccess(ISubmissionsData db, CallOverview calls, EventManagers managers)
{
    public sealed record Grant(Submission Submission, CallInfo Call, bool IsOwner, bool IsOrganizer);

    public async Task<Grant?> ReadAsync(ClaimsPrincipal user, Guid submissionId, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null || await calls.FindAsync(submission.CallId, cancellationToken) is not { } call)
        {
            return null;
        }
        var isOwner = submission.OwnerId == user.UserId();
        var isOrganizer = await managers.CanManageAsync(user, call.EventId, cancellationToken);
        return isOwner || isOrganizer ? new Grant(submission, call, isOwner, isOrganizer) : null;
    }
}
