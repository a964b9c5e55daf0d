using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.UnitTests.Modules.Reviewing;

public sealed class BiddingWindowTests
{
    private static readonly BiddingWindow _window = BiddingWindow.For(
        CallWindow.For(new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 31), TimeZoneInfo.Utc), new DateOnly(2025, 10, 1));

    [Fact]
    public void Bidding_opens_at_the_instant_the_call_closes_and_ends_as_the_notification_day_begins()
    {
        Assert.False(_window.IsOpenAt(new DateTimeOffset(2025, 8, 31, 23, 59, 59, 999, TimeSpan.Zero)));
        Assert.True(_window.IsOpenAt(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(_window.IsOpenAt(new DateTimeOffset(2025, 9, 30, 23, 59, 59, 999, TimeSpan.Zero)));
        Assert.False(_window.IsOpenAt(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}
