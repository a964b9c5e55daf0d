using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.SharedKernel;

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

    [Fact]
    public void The_bidding_close_date_wins_then_the_review_deadline_then_the_notification_date()
    {
        var call = CallWindow.For(new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 31), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var notification = new DateOnly(2025, 10, 1);
        var both = BiddingWindow.For(call, notification, new ReviewSettings { BiddingClosesOn = new DateOnly(2025, 9, 10), ReviewsDueOn = new DateOnly(2025, 9, 25) });
        Assert.Equal(new DateTimeOffset(2025, 9, 10, 4, 0, 0, TimeSpan.Zero), both.ClosesAt);
        var dueOnly = BiddingWindow.For(call, notification, new ReviewSettings { ReviewsDueOn = new DateOnly(2025, 9, 25) });
        Assert.Equal(new DateTimeOffset(2025, 9, 26, 4, 0, 0, TimeSpan.Zero), dueOnly.ClosesAt);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 4, 0, 0, TimeSpan.Zero), BiddingWindow.For(call, notification, new ReviewSettings()).ClosesAt);
        Assert.Null(BiddingWindow.For(call, null).ClosesAt);
    }

    [Fact]
    public void A_submitted_review_locks_at_the_deadline_and_an_unfinished_one_at_the_notification_day()
    {
        var call = CallWindow.For(new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 31), TimeZoneInfo.Utc);
        var deadline = ReviewDeadline.For(call, new DateOnly(2025, 9, 20), new DateOnly(2025, 10, 1));
        var last = new DateTimeOffset(2025, 9, 20, 23, 59, 59, 999, TimeSpan.Zero);
        Assert.True(deadline.CanChangeAt(last, submitted: true));
        Assert.False(deadline.CanChangeAt(last.AddMilliseconds(1), submitted: true));
        Assert.True(deadline.CanChangeAt(last.AddMilliseconds(1), submitted: false));
        Assert.True(deadline.IsOverdueAt(last.AddMilliseconds(1)));
        Assert.False(deadline.CanChangeAt(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), submitted: false));
        Assert.True(ReviewDeadline.For(call, null, null).CanChangeAt(DateTimeOffset.MaxValue, submitted: true));
    }
}
