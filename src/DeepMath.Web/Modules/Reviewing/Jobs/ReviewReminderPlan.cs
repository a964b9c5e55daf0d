using System.Globalization;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Emails;

namespace DeepMath.Web.Modules.Reviewing.Jobs;

/// <summary>
/// Which reviewer reminder is due at an instant: 3 days before the deadline, 1 day before, then one
/// per day in the call's zone once overdue, until decisions begin (at most <see cref="OverdueDays"/>
/// days when the call has no notification date). A reminder whose window has passed is not sent
/// late. The slot names the deadline it was due for, so moving the deadline makes new reminders due.
/// </summary>
public static class ReviewReminderPlan
{
    public const int OverdueDays = 14;

    public sealed record Slot(ReviewReminderKind Kind, string Name);

    public static Slot? DueAt(ReviewDeadline deadline, DateTimeOffset now)
    {
        if (deadline.DueAt is not { } due || deadline.IsLockedAt(now))
        {
            return null;
        }
        var stamp = due.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        if (now >= due - TimeSpan.FromDays(3) && now < due - TimeSpan.FromDays(1))
        {
            return new(ReviewReminderKind.ThreeDaysBefore, $"3d:{stamp}");
        }
        if (now >= due - TimeSpan.FromDays(1) && now < due)
        {
            return new(ReviewReminderKind.OneDayBefore, $"1d:{stamp}");
        }
        if (now >= due && (deadline.LockedAt is not null || now < due + TimeSpan.FromDays(OverdueDays)))
        {
            var day = TimeZoneInfo.ConvertTime(now, deadline.Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new(ReviewReminderKind.Overdue, $"overdue:{stamp}:{day}");
        }
        return null;
    }

    public static string Key(Guid callId, Guid reviewerId, Slot slot) => $"review-reminder:{callId}:{reviewerId}:{slot.Name}";
}
