using System.Diagnostics;
using DeepMath.AbstractFormat.Reading;

namespace DeepMath.UnitTests.AbstractFormat;

/// <summary>
/// A check's time budget is processor time: waiting for a core on a busy machine (a deadline surge, the other test
/// projects) must not refuse a well-formed abstract, while a file that keeps the reader busy still runs out.
/// </summary>
public sealed class TimeBudgetTests
{
    [Fact]
    public void Waiting_for_a_core_does_not_spend_the_budget()
    {
        Assert.True(ThreadCpuClock.MeasuresProcessorTime, "the thread's processor-time clock is available on Linux");
        var budget = new DecodeBudget(long.MaxValue, TimeSpan.FromMilliseconds(100), CancellationToken.None);

        Thread.Sleep(400);

        budget.CheckTime();
        Assert.False(budget.TimeExceeded);
    }

    [Fact]
    public void Keeping_the_reader_busy_spends_the_budget()
    {
        var budget = new DecodeBudget(long.MaxValue, TimeSpan.FromMilliseconds(100), CancellationToken.None);

        var exceeded = false;
        var watch = Stopwatch.StartNew();
        while (!exceeded && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                budget.CheckTime();
            }
            catch (DecodeBudgetExceededException)
            {
                exceeded = true;
            }
        }

        Assert.True(budget.TimeExceeded);
    }
}
