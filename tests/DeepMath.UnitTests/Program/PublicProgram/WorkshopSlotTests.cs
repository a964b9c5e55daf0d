using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.PublicProgram;

namespace DeepMath.UnitTests.Program.PublicProgram;

/// <summary>A conference's workshops on the days of its program, in the program's zone.</summary>
public sealed class WorkshopSlotTests
{
    private static readonly TimeZoneInfo _newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void A_workshop_in_another_zone_is_shown_at_its_instants_in_the_programs_zone_on_the_right_day()
    {
        // 15:00–19:00 in Berlin on 6 November 2025 is 09:00–13:00 in New York.
        var berlin = new WorkshopListing("berlin", "Berlin satellite", new DateTimeOffset(2025, 11, 6, 15, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2025, 11, 6, 19, 0, 0, TimeSpan.FromHours(1)), true, "Room 5");

        var slot = Assert.Single(WorkshopSlot.On([berlin], new DateOnly(2025, 11, 6), _newYork));
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(13, 0), false, "Room 5"), (slot.Starts, slot.Ends, slot.AllDay, slot.Where));
        Assert.Empty(WorkshopSlot.On([berlin], new DateOnly(2025, 11, 7), _newYork));
    }

    [Fact]
    public void A_workshop_across_midnight_is_cut_at_the_day_boundaries_and_one_of_whole_days_is_all_day()
    {
        // 22:00 on the 6th to 02:00 on the 7th, New York time.
        var late = new WorkshopListing("late", "Late session", new DateTimeOffset(2025, 11, 6, 22, 0, 0, TimeSpan.FromHours(-5)),
            new DateTimeOffset(2025, 11, 7, 2, 0, 0, TimeSpan.FromHours(-5)), true, null);
        var first = Assert.Single(WorkshopSlot.On([late], new DateOnly(2025, 11, 6), _newYork));
        Assert.Equal((new TimeOnly(22, 0), TimeOnly.MinValue), (first.Starts, first.Ends));
        var second = Assert.Single(WorkshopSlot.On([late], new DateOnly(2025, 11, 7), _newYork));
        Assert.Equal((TimeOnly.MinValue, new TimeOnly(2, 0)), (second.Starts, second.Ends));

        var wholeDay = new WorkshopListing("day", "A day", new DateTimeOffset(2025, 11, 7, 0, 0, 0, TimeSpan.FromHours(-5)),
            new DateTimeOffset(2025, 11, 8, 0, 0, 0, TimeSpan.FromHours(-5)), false, null);
        Assert.True(Assert.Single(WorkshopSlot.On([wholeDay], new DateOnly(2025, 11, 7), _newYork)).AllDay);
    }
}
