using DeepMath.Web.Modules.Events.Domain;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.Domain;

public sealed class WindowStateTextTests
{
    private static readonly DateTimeOffset _opens = Utc("2025-06-30T22:00:00Z");
    private static readonly DateTimeOffset _closes = Utc("2025-08-31T22:00:00Z");

    [Fact]
    public void Before_opening_the_start_says_when_it_opens() =>
        Assert.Equal("opens in 3 days", ImportantDates.WindowStart(_opens, _closes, _opens.AddDays(-3)));

    [Fact]
    public void Before_opening_the_end_says_how_far_the_deadline_is() =>
        Assert.Equal("in 65 days", ImportantDates.WindowEnd(_opens, _closes, _opens.AddDays(-3)));

    [Fact]
    public void While_open_both_say_when_it_closes()
    {
        var now = _closes.AddHours(-5);

        Assert.Equal("open — closes in 5 h", ImportantDates.WindowStart(_opens, _closes, now));
        Assert.Equal("open — closes in 5 h", ImportantDates.WindowEnd(_opens, _closes, now));
    }

    [Fact]
    public void At_the_opening_instant_it_is_open() =>
        Assert.Equal("open — closes in 62 days", ImportantDates.WindowStart(_opens, _closes, _opens));

    [Fact]
    public void One_millisecond_before_closing_it_is_still_open() =>
        Assert.Equal("open — closes in less than a minute", ImportantDates.WindowEnd(_opens, _closes, _closes.AddMilliseconds(-1)));

    [Fact]
    public void At_the_closing_instant_it_is_closed()
    {
        Assert.Equal("closed", ImportantDates.WindowStart(_opens, _closes, _closes));
        Assert.Equal("closed", ImportantDates.WindowEnd(_opens, _closes, _closes));
    }
}
