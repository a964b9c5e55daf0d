using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Profile;

/// <summary>The profile page: the form, whether the call has closed, and the change to the conflict fields waiting for the organizers.</summary>
public sealed class ProfileQuery(IReviewingData db, TimeProvider clock)
{
    /// <summary>Whether changes to the conflict fields now go to the organizers instead of the profile.</summary>
    public bool IsClosed(CallInfo call) => clock.GetUtcNow() >= call.Window.ClosesAt;

    public async Task<ProfilePage> PageAsync(ReviewingAccess.Membership m, ProfileForm form, CancellationToken cancellationToken) =>
        new(m.Call, form, IsClosed(m.Call),
            await db.ProfileChanges.AsNoTracking().SingleOrDefaultAsync(c => c.ReviewerId == m.Reviewer.Id && c.State == ProfileChangeState.Open, cancellationToken));
}
