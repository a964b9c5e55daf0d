using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Authorization;

/// <summary>
/// Who may read a submission: its submitter, the authors listed on it under an account's confirmed e-mail, and the
/// organizers of its event. Everyone else is told it does not exist. Of the authors, the submitter and those the
/// submitter ticked "may edit" may change it (<see cref="Grant.MayEdit"/>); the others read it.
/// </summary>
public sealed class SubmissionAccess(ISubmissionsData db, CallOverview calls, EventManagers managers, AccountDirectory accounts)
{
    /// <param name="IsOwner">The submitter.</param>
    /// <param name="IsAuthor">The submitter, or listed on it under the account's confirmed e-mail.</param>
    /// <param name="MayEdit">The submitter, or a listed author the submitter named as an editor.</param>
    public sealed record Grant(Submission Submission, CallInfo Call, bool IsOwner, bool IsOrganizer, bool IsAuthor = false, bool MayEdit = false);

    public async Task<Grant?> ReadAsync(ClaimsPrincipal user, Guid submissionId, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null || await calls.FindAsync(submission.CallId, cancellationToken) is not { } call)
        {
            return null;
        }
        var isOwner = submission.OwnerId == user.UserId();
        var listed = isOwner || user.UserId() is not { } userId || !user.HasConfirmedEmail() ? null
            : submission.ListedAs((await accounts.ContactsAsync([userId], cancellationToken)).FirstOrDefault()?.Email);
        var isOrganizer = await managers.CanManageAsync(user, call.EventId, cancellationToken);
        return isOwner || listed is not null || isOrganizer
            ? new Grant(submission, call, isOwner, isOrganizer, isOwner || listed is not null, isOwner || listed is { MayEdit: true })
            : null;
    }
}
