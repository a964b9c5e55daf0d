using DeepMath.Web.Modules.Events.Jobs;
using DeepMath.Web.SharedKernel;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.Jobs;

public sealed class LifecyclePlanTests
{
    private static readonly Guid _callId = Guid.Parse("0197f000-0000-7000-8000-000000000001");

    // The DeepMath 2025 call in UTC: opens 2025-07-01T00:00Z, closes 2025-09-01T00:00Z.
    private static readonly CallWindow _window = CallWindow.For(Day("2025-07-01"), Day("2025-08-31"), Zone("UTC"));
    private static readonly DateTimeOffset _closes = Utc("2025-09-01T00:00:00Z");

    private static LifecycleStep[] StepsAt(DateTimeOffset now) =>
        LifecyclePlan.DueAt(_callId, _window, now).Select(s => s.Step).ToArray();

    [Fact]
    public void Nothing_is_due_before_opening()
    {
        Assert.Empty(StepsAt(_window.OpensAt.AddMilliseconds(-1)));
        Assert.Empty(StepsAt(_window.OpensAt.AddDays(-30)));
    }

    [Fact]
    public void Call_opened_is_due_from_opening_until_close()
    {
        Assert.Equal([LifecycleStep.CallOpened], StepsAt(_window.OpensAt));
        Assert.Equal([LifecycleStep.CallOpened], StepsAt(_closes.AddHours(-72).AddMilliseconds(-1)));
        Assert.DoesNotContain(LifecycleStep.CallOpened, StepsAt(_closes));
    }

    [Fact]
    public void Reminder_72_hours_is_due_from_72_to_24_hours_before_close()
    {
        Assert.DoesNotContain(LifecycleStep.Reminder72Hours, StepsAt(_closes.AddHours(-72).AddMilliseconds(-1)));
        Assert.Equal([LifecycleStep.CallOpened, LifecycleStep.Reminder72Hours], StepsAt(_closes.AddHours(-72)));
        Assert.Contains(LifecycleStep.Reminder72Hours, StepsAt(_closes.AddHours(-24).AddMilliseconds(-1)));
        Assert.DoesNotContain(LifecycleStep.Reminder72Hours, StepsAt(_closes.AddHours(-24)));
    }

    [Fact]
    public void Reminder_24_hours_is_due_from_24_hours_before_close_until_close()
    {
        Assert.DoesNotContain(LifecycleStep.Reminder24Hours, StepsAt(_closes.AddHours(-24).AddMilliseconds(-1)));
        Assert.Equal([LifecycleStep.CallOpened, LifecycleStep.Reminder24Hours], StepsAt(_closes.AddHours(-24)));
        Assert.Contains(LifecycleStep.Reminder24Hours, StepsAt(_closes.AddMilliseconds(-1)));
        Assert.DoesNotContain(LifecycleStep.Reminder24Hours, StepsAt(_closes));
    }

    [Fact]
    public void Closed_notice_is_due_for_seven_days_from_close()
    {
        Assert.DoesNotContain(LifecycleStep.CallClosed, StepsAt(_closes.AddMilliseconds(-1)));
        Assert.Equal([LifecycleStep.CallClosed], StepsAt(_closes));
        Assert.Equal([LifecycleStep.CallClosed], StepsAt(_closes.AddDays(7).AddMilliseconds(-1)));
        Assert.Empty(StepsAt(_closes.AddDays(7)));
    }

    [Fact]
    public void Reminders_are_not_due_before_opening_even_in_a_short_call()
    {
        var oneDay = CallWindow.For(Day("2025-08-31"), Day("2025-08-31"), Zone("UTC"));

        var due = LifecyclePlan.DueAt(_callId, oneDay, oneDay.OpensAt.AddHours(-1)).ToList();

        Assert.Empty(due);
        Assert.Equal(
            [LifecycleStep.CallOpened, LifecycleStep.Reminder24Hours],
            LifecyclePlan.DueAt(_callId, oneDay, oneDay.OpensAt).Select(s => s.Step));
    }

    [Fact]
    public void Keys_name_the_call_the_step_and_the_instant_it_was_due_for()
    {
        var keys = LifecyclePlan.DueAt(_callId, _window, _closes.AddHours(-1)).Select(s => s.Key).ToList();

        Assert.Equal(
            [
                $"call:{_callId}:opened:2025-07-01T00:00:00.000Z",
                $"call:{_callId}:reminder-24h:2025-09-01T00:00:00.000Z",
            ],
            keys);
        Assert.Equal(
            $"call:{_callId}:closed:2025-09-01T00:00:00.000Z",
            LifecyclePlan.DueAt(_callId, _window, _closes).Single().Key);
    }

    [Fact]
    public void Moving_the_deadline_makes_new_keys_for_deadline_steps()
    {
        var extended = CallWindow.For(Day("2025-07-01"), Day("2025-09-07"), Zone("UTC"));
        var before = LifecyclePlan.DueAt(_callId, _window, _closes.AddHours(-1)).ToDictionary(s => s.Step, s => s.Key);
        var after = LifecyclePlan.DueAt(_callId, extended, extended.ClosesAt.AddHours(-1)).ToDictionary(s => s.Step, s => s.Key);

        Assert.NotEqual(before[LifecycleStep.Reminder24Hours], after[LifecycleStep.Reminder24Hours]);
        Assert.Contains("2025-09-08T00:00:00.000Z", after[LifecycleStep.Reminder24Hours], StringComparison.Ordinal);
        Assert.Equal(before[LifecycleStep.CallOpened], after[LifecycleStep.CallOpened]);
    }

    [Fact]
    public void Keys_are_written_in_utc_whatever_the_zone()
    {
        var tokyo = CallWindow.For(Day("2025-07-01"), Day("2025-08-31"), Zone("Asia/Tokyo"));

        var key = LifecyclePlan.DueAt(_callId, tokyo, tokyo.ClosesAt).Single().Key;

        Assert.Equal($"call:{_callId}:closed:2025-08-31T15:00:00.000Z", key);
    }

    [Fact]
    public void Different_calls_have_different_keys()
    {
        var other = Guid.Parse("0197f000-0000-7000-8000-000000000002");

        var mine = LifecyclePlan.DueAt(_callId, _window, _closes).Single().Key;
        var theirs = LifecyclePlan.DueAt(other, _window, _closes).Single().Key;

        Assert.NotEqual(mine, theirs);
    }
}
