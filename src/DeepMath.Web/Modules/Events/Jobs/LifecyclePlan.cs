using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Events.Jobs;

/// <summary>
/// Which step of a call is due at an instant. Each step has a window: a step whose window has
/// passed is not sent late (a 72 h reminder is pointless once the 24 h one is due, and a call that
/// closed weeks ago is not announced as closed when the server first starts). The key names the
/// instant the step is due for, so moving a date makes a new step due.
/// </summary>
public static class LifecyclePlan
{
    public static readonly TimeSpan ClosedNoticeGrace = TimeSpan.FromDays(7);

    public static IEnumerable<(LifecycleStep Step, string Key)> DueAt(Guid callId, CallWindow window, DateTimeOffset now)
    {
        var closes = window.ClosesAt;
        if (now >= window.OpensAt && now < closes)
        {
            yield return (LifecycleStep.CallOpened, Key(callId, "opened", window.OpensAt));
        }
        if (now >= closes - TimeSpan.FromHours(72) && now < closes - TimeSpan.FromHours(24) && now >= window.OpensAt)
        {
            yield return (LifecycleStep.Reminder72Hours, Key(callId, "reminder-72h", closes));
        }
        if (now >= closes - TimeSpan.FromHours(24) && now < closes && now >= window.OpensAt)
        {
            yield return (LifecycleStep.Reminder24Hours, Key(callId, "reminder-24h", closes));
        }
        if (now >= closes && now < closes + ClosedNoticeGrace)
        {
            yield return (LifecycleStep.CallClosed, Key(callId, "closed", closes));
        }
    }

    private static string Key(Guid callId, string step, DateTimeOffset instant) =>
        $"call:{callId}:{step}:{instant.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}";
}
