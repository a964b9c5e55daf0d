using DeepMath.Web.Modules.Events.Domain;

namespace DeepMath.UnitTests.Modules.Events.Domain;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData(3 * 24 * 60, "3 days")]
    [InlineData(2 * 24 * 60, "2 days")]
    [InlineData(2 * 24 * 60 - 1, "47 h")]
    [InlineData(5 * 60 + 59, "5 h")]
    [InlineData(60, "1 h")]
    [InlineData(59, "59 min")]
    [InlineData(1, "1 min")]
    [InlineData(0, "less than a minute")]
    public void Says_the_largest_whole_unit_rounded_down(int minutes, string expected) =>
        Assert.Equal(expected, DurationText.Of(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Under_a_minute_is_less_than_a_minute() =>
        Assert.Equal("less than a minute", DurationText.Of(TimeSpan.FromSeconds(59.999)));

    [Fact]
    public void Ten_and_a_half_days_are_ten_days() =>
        Assert.Equal("10 days", DurationText.Of(TimeSpan.FromDays(10.5)));
}
