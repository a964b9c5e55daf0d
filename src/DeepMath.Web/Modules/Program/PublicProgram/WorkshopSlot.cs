using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Program.PublicProgram;

/// <summary>A conference's workshop on one day of its program, in the program's zone; <see cref="AllDay"/> when it has no times of day there.</summary>
public sealed record WorkshopSlot(string Slug, string Title, TimeOnly Starts, TimeOnly Ends, bool AllDay, string? Where)
{
    /// <summary>
    /// The workshops that happen on <paramref name="day"/> of the program's zone, with the part of the day they take. A workshop keeps its
    /// own zone: its instants are shown in the conference's, like every time on the program.
    /// </summary>
    public static IReadOnlyList<WorkshopSlot> On(IReadOnlyList<WorkshopListing> workshops, DateOnly day, TimeZoneInfo zone)
    {
        var dayStarts = WholeDays.StartOf(day, zone);
        var dayEnds = WholeDays.EndOf(day, zone);
        var slots = new List<WorkshopSlot>();
        foreach (var w in workshops.Where(w => w.StartsAt < dayEnds && w.EndsAt > dayStarts))
        {
            var starts = w.StartsAt > dayStarts ? w.StartsAt : dayStarts;
            var ends = w.EndsAt < dayEnds ? w.EndsAt : dayEnds;
            var allDay = !w.HasTimes || (starts == dayStarts && ends == dayEnds);
            slots.Add(new WorkshopSlot(w.Slug, w.Title, Wall(starts, zone), Wall(ends, zone), allDay, w.Where));
        }
        return slots;
    }

    private static TimeOnly Wall(DateTimeOffset instant, TimeZoneInfo zone) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
