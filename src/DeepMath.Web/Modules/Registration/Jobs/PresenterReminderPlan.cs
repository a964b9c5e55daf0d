using System.Globalization;
using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Registration.Jobs;

/// <summary>
/// Which presenter reminder is due at an instant: from 00:00 of the 14th day before the registration
/// deadline (whole days in the event's zone) the 14-day one, from 00:00 of the 3rd day before the
/// 3-day one, until registration closes. A run that misses the day still sends it later in its span;
/// the slot names the deadline, so moving the deadline makes new reminders due.
/// </summary>
public static class PresenterReminderPlan
{
    public static readonly int[] DaysBefore = [14, 3];

    /// <returns>The days before the deadline of the reminder due, or null when none is.</returns>
    public static int? DueAt(DateOnly opensOn, DateOnly closesOn, TimeZoneInfo zone, DateTimeOffset now)
    {
        var window = CallWindow.For(opensOn, closesOn, zone);
        if (!window.IsOpenAt(now))
        {
            return null;
        }
        int? due = null;
        foreach (var days in DaysBefore)
        {
            if (now >= WholeDays.StartOf(closesOn.AddDays(-days), zone))
            {
                due = days;
            }
        }
        return due;
    }

    public static string Key(Guid eventId, DateOnly closesOn, Guid submissionId, int days) =>
        $"registration:presenter-reminder:{eventId}:{closesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{submissionId}:{days}d";
}
