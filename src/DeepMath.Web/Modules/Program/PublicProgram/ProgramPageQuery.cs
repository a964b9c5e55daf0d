using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Published;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.PublicProgram;

/// <summary>The public program, a session's and an item's pages, each with the reader's stars.</summary>
public sealed class ProgramPageQuery(PublishedProgramQuery published, IProgramData db)
{
    /// <summary>The reader's view of an event's program; null for an unknown event. Its release is null before the first.</summary>
    public async Task<Reader?> ReaderAsync(string slug, string? userId, CancellationToken cancellationToken)
    {
        if (await published.FindAsync(slug, cancellationToken) is not { } program)
        {
            return null;
        }
        var stars = userId is null
            ? []
            : await db.ProgramStars.AsNoTracking().Where(s => s.EventId == program.Event.EventId && s.UserId == userId)
                .Select(s => s.TargetId).ToListAsync(cancellationToken);
        return new Reader(program, stars.ToHashSet(), userId is not null);
    }

    public static ProgramPage Page(Reader reader)
    {
        var ev = reader.Program.Event;
        var eventDays = Enumerable.Range(0, Math.Max(1, ev.EndsOn.DayNumber - ev.StartsOn.DayNumber + 1)).Select(ev.StartsOn.AddDays);
        return new ProgramPage(reader, ProgramGrid.Days(reader.Program.Snapshot!, eventDays, reader.Program.ZoneName));
    }
}
