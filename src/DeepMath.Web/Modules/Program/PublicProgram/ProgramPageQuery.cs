using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Published;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.PublicProgram;

/// <summary>The public program, a session's and an item's pages, each with the reader's stars.</summary>
public sealed class ProgramPageQuery(PublishedProgramQuery published, IProgramData db, EventWorkshops workshopsOf, SpeakerProfiles speakers)
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
        var speakerIds = program.Snapshot?.Items().Select(p => p.Item.SpeakerId).OfType<Guid>().Distinct().ToList() ?? [];
        return new Reader(program, stars.ToHashSet(), userId is not null, await speakers.ManyAsync(speakerIds, cancellationToken));
    }

    /// <summary>The program's days, each with the conference's workshops that happen on it.</summary>
    public async Task<ProgramPage> PageAsync(Reader reader, CancellationToken cancellationToken)
    {
        var ev = reader.Program.Event;
        var workshops = await workshopsOf.OfAsync(ev.EventId, cancellationToken);
        var eventDays = Enumerable.Range(0, Math.Max(1, ev.EndsOn.DayNumber - ev.StartsOn.DayNumber + 1)).Select(ev.StartsOn.AddDays).ToList();
        var byDay = eventDays.ToDictionary(d => d, d => WorkshopSlot.On(workshops, d, ev.Zone));
        var keep = byDay.Where(d => d.Value.Count > 0).Select(d => d.Key).ToHashSet();
        return new ProgramPage(reader, ProgramGrid.Days(reader.Program.Snapshot!, eventDays, reader.Program.ZoneName, keep), byDay);
    }
}
