using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using DeepMath.Web.Modules.Reviewing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.Authorization;

/// <summary>An application and what the reader may do with it.</summary>
public sealed record ApplicationGrant(AwardApplication Application, AwardCall Award, bool IsApplicant, bool CanManage);

/// <summary>
/// Who may read an application and its files: the applicant, the organisation's managers, the round's event
/// organizers, and the committee members it is assigned to (single-blind: they know who applied). Anyone else gets 404.
/// </summary>
public sealed class ApplicationAccess(IOrganisationsData db, OrganisationAccess organisations, EventManagers events, CallReviews reviews)
{
    public async Task<ApplicationGrant?> ReadAsync(ClaimsPrincipal user, Guid applicationId, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var application = await db.AwardApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (userId is null || application is null)
        {
            return null;
        }
        var award = await db.AwardCalls.AsNoTracking().SingleAsync(a => a.CallId == application.CallId, cancellationToken);
        var canManage = await organisations.CanManageAsync(user, award.OrganisationId, cancellationToken)
            || await events.CanManageAsync(user, award.EventId, cancellationToken);
        var isApplicant = application.ApplicantUserId == userId;
        if (canManage || isApplicant || (await reviews.AssignedReviewerUserIdsAsync(application.SubmissionId, cancellationToken)).Contains(userId))
        {
            return new ApplicationGrant(application, award, isApplicant, canManage);
        }
        return null;
    }
}
