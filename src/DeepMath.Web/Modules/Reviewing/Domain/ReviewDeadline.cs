using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// When reviews may change. Until <see cref="DueAt"/> (the end of the due day in the call's zone) a
/// reviewer drafts, submits and edits freely. After it a submitted review is read-only, while an
/// unfinished one can still be finished late (that is what the overdue reminders ask for) until
/// <see cref="LockedAt"/>, the start of the decisions day; from then on nothing changes.
/// </summary>
public readonly record struct ReviewDeadline(DateTimeOffset? DueAt, DateTimeOffset? LockedAt, TimeZoneInfo Zone)
{
    public static ReviewDeadline For(CallWindow submissions, DateOnly? reviewsDueOn, DateOnly? notificationOn) =>
        new(reviewsDueOn is { } due ? WholeDays.EndOf(due, submissions.Zone) : null,
            notificationOn is { } day ? WholeDays.StartOf(day, submissions.Zone) : null,
            submissions.Zone);

    public bool IsOverdueAt(DateTimeOffset now) => DueAt is { } due && now >= due;

    public bool IsLockedAt(DateTimeOffset now) => LockedAt is { } locked && now >= locked;

    public bool CanChangeAt(DateTimeOffset now, bool submitted) =>
        !IsLockedAt(now) && (!submitted || !IsOverdueAt(now));

    /// <summary>The last instant a review is accepted on time, for display as 23:59.</summary>
    public DateTimeOffset? LastOnTimeInstant => DueAt?.AddMilliseconds(-1);
}
