using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Profile;

/// <summary>The profile page: the form, whether the call has closed, and the change to the conflict fields waiting for the organizers.</summary>
public sealed class ProfileQuery(IReviewingData db, SubmissionCatalog submissions, TimeProvider clock)
{
    /// <summary>
    /// The load a profile starts from: the one the organizers set in the review settings, else the fair share of the
    /// reviews wanted (as the assignment uses for a reviewer who states none); null while there is nothing to share.
    /// </summary>
    public async Task<int?> DefaultLoadAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var set = await db.ReviewSettings.AsNoTracking().Where(s => s.CallId == call.CallId).Select(s => s.DefaultMaxLoad).SingleOrDefaultAsync(cancellationToken);
        if (set is not null)
        {
            return set;
        }
        // Submitted ones, held back or not: while the call is open, that is the best guess of what is to come.
        var papers = await submissions.InCall(call.CallId).CountAsync(s => s.State == SubmissionState.Submitted, cancellationToken);
        var reviewers = await db.Reviewers.CountAsync(r => r.CallId == call.CallId, cancellationToken);
        return papers == 0 || reviewers == 0 ? null : Math.Max(1, (int)Math.Ceiling((double)call.ReviewsPerSubmission * papers / reviewers));
    }

    /// <summary>The saved profile, with the call's default load in place of a load never stated.</summary>
    public async Task<ProfileForm> FormAsync(ReviewingAccess.Membership m, CancellationToken cancellationToken)
    {
        var form = ProfileForm.From(m.Reviewer);
        if (form.MaxLoad is null && await DefaultLoadAsync(m.Call, cancellationToken) is { } load)
        {
            form.MaxLoad = load.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return form;
    }

    /// <summary>Whether changes to the conflict fields now go to the organizers instead of the profile.</summary>
    public bool IsClosed(CallInfo call) => clock.GetUtcNow() >= call.Window.ClosesAt;

    public async Task<ProfilePage> PageAsync(ReviewingAccess.Membership m, ProfileForm form, CancellationToken cancellationToken) =>
        new(m.Call, form, IsClosed(m.Call), await DefaultLoadAsync(m.Call, cancellationToken),
            await db.ProfileChanges.AsNoTracking().SingleOrDefaultAsync(c => c.ReviewerId == m.Reviewer.Id && c.State == ProfileChangeState.Open, cancellationToken));
}
