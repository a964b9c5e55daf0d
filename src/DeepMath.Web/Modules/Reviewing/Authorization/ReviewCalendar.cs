using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Authorization;

/// <summary>A call's review settings (the defaults when none are saved) with the windows they make.</summary>
public sealed record ReviewDates(ReviewSettings Settings, BiddingWindow Bidding, ReviewDeadline Deadline);

/// <summary>Reads when a call's reviewers bid and review, so that every page and job applies the same dates.</summary>
public sealed class ReviewCalendar(IReviewingData db)
{
    public async Task<ReviewDates> ForAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var settings = await db.ReviewSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CallId == call.CallId, cancellationToken)
            ?? new ReviewSettings { CallId = call.CallId };
        return Of(call, settings);
    }

    public static ReviewDates Of(CallInfo call, ReviewSettings settings) =>
        new(settings,
            BiddingWindow.For(call.Window, call.NotificationOn, settings),
            ReviewDeadline.For(call.Window, settings.ReviewsDueOn, call.NotificationOn));
}
