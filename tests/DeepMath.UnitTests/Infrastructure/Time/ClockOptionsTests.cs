using DeepMath.Web.Infrastructure.Time;

namespace DeepMath.UnitTests.Infrastructure.Time;

public sealed class ClockOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("now")]
    [InlineData("NOW")]
    public void Real_time_is_valid_and_has_no_start(string? start)
    {
        var options = new ClockOptions { Start = start };

        Assert.Empty(Validation.Errors(options));
        Assert.Null(options.ParseStart());
    }

    [Theory]
    [InlineData("2025-08-15T12:00:00Z", "2025-08-15T12:00:00+00:00")]
    [InlineData("2025-08-15T14:00:00+02:00", "2025-08-15T12:00:00+00:00")]
    [InlineData("2025-08-15T12:00:00", "2025-08-15T12:00:00+00:00")]
    public void Iso_instant_is_valid_and_read_as_utc_when_no_offset_is_given(string start, string expected)
    {
        var options = new ClockOptions { Start = start };

        Assert.Empty(Validation.Errors(options));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), options.ParseStart());
    }

    [Fact]
    public void Local_time_without_offset_is_read_as_utc_not_as_server_time()
    {
        var start = new ClockOptions { Start = "2025-08-15T12:00:00" }.ParseStart();

        Assert.Equal(TimeSpan.Zero, start!.Value.Offset);
        Assert.Equal(12, start.Value.UtcDateTime.Hour);
    }

    [Fact]
    public void With_started_at_the_clock_has_run_on_since_then_so_instances_started_later_agree()
    {
        var options = new ClockOptions { Start = "2025-08-20T12:00:00Z", StartedAt = "2026-12-04T13:00:00Z" };

        Assert.Empty(Validation.Errors(options));
        Assert.Equal(new DateTimeOffset(2025, 8, 20, 12, 0, 7, TimeSpan.Zero), options.ParseStart(new DateTimeOffset(2026, 12, 4, 13, 0, 7, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero), new ClockOptions { Start = "2025-08-20T12:00:00Z" }.ParseStart(DateTimeOffset.UtcNow));
        Assert.Contains("Clock:StartedAt 'later'", Validation.ErrorsOn(new ClockOptions { Start = "now", StartedAt = "later" }, nameof(ClockOptions.StartedAt)).Single());
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-13-45")]
    [InlineData("soon-ish")]
    public void Anything_else_fails_with_a_message_that_names_the_format(string start)
    {
        var errors = Validation.ErrorsOn(new ClockOptions { Start = start }, nameof(ClockOptions.Start));

        var message = Assert.Single(errors);
        Assert.Contains($"'{start}'", message, StringComparison.Ordinal);
        Assert.Contains("ISO 8601", message, StringComparison.Ordinal);
        Assert.Contains("'now'", message, StringComparison.Ordinal);
    }
}
