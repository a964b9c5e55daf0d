using DeepMath.Web.Modules.Events.Domain;

namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// When reviewers bid: from the instant the call closes to submissions until the notification date
/// begins in the call's zone (open-ended when the call has no notification date). The one place this
/// rule lives; a review deadline of its own will replace the notification date when reviews are built.
/// </summary>
public readonly record struct BiddingWindow(DateTimeOffset OpensAt, DateTimeOffset? ClosesAt)
{
    public static BiddingWindow For(CallWindow submissions, DateOnly? notificationOn) =>
        new(submissions.ClosesAt, notificationOn is { } day ? WholeDays.StartOf(day, submissions.Zone) : null);

    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt && (ClosesAt is not { } end || now < end);
}
