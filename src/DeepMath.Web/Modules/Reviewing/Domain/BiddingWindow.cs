using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// When reviewers bid: from the instant the call closes to submissions until the bidding close date
/// begins in the call's zone; without one, until reviews are due; without that either, until the
/// notification date begins (open-ended when the call has none of these). The one place this rule lives.
/// </summary>
public readonly record struct BiddingWindow(DateTimeOffset OpensAt, DateTimeOffset? ClosesAt)
{
    public static BiddingWindow For(CallWindow submissions, DateOnly? notificationOn, ReviewSettings? settings = null)
    {
        var zone = submissions.Zone;
        DateTimeOffset? closes = settings?.BiddingClosesOn is { } bidding ? WholeDays.StartOf(bidding, zone)
            : settings?.ReviewsDueOn is { } due ? WholeDays.EndOf(due, zone)
            : notificationOn is { } day ? WholeDays.StartOf(day, zone)
            : null;
        return new(submissions.ClosesAt, closes);
    }

    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt && (ClosesAt is not { } end || now < end);
}
