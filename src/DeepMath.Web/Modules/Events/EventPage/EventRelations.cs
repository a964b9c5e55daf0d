using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EventPage;

public sealed record EventLink(string Slug, string Title, string When);

public sealed record TalkSpeaker(Guid Id, string Name, string? Affiliation, string BiographyMarkdown, string? Homepage, bool HasPhoto);

/// <summary>What an event's page shows besides itself: a talk's speaker and series, a workshop's conference, a conference's workshops.</summary>
public sealed record EventRelations(TalkSpeaker? Speaker, string? SeriesSlug, string? SeriesName, EventLink? Parent, IReadOnlyList<EventLink> Workshops)
{
    public static readonly EventRelations None = new(null, null, null, null, []);

    public static async Task<EventRelations> LoadAsync(IEventsData db, Event ev, CancellationToken cancellationToken)
    {
        var speaker = ev.SpeakerId is { } speakerId
            ? await db.Speakers.AsNoTracking().Where(s => s.Id == speakerId)
                .Select(s => new TalkSpeaker(s.Id, s.Name, s.Affiliation, s.BiographyMarkdown, s.Homepage, s.PhotoContentType != null))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var series = ev.SeriesId is { } seriesId
            ? await db.Series.AsNoTracking().Where(s => s.Id == seriesId).Select(s => new { s.Slug, s.Name }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var parent = ev.ParentEventId is { } parentId ? await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == parentId, cancellationToken) : null;
        var workshops = ev.Kind == EventKind.Conference
            ? await db.Events.AsNoTracking().Where(e => e.ParentEventId == ev.Id).OrderBy(e => e.StartsOn).ThenBy(e => e.StartTime).ToListAsync(cancellationToken)
            : [];
        return new EventRelations(speaker, series?.Slug, series?.Name,
            parent is null ? null : new EventLink(parent.Slug, parent.Title, EventTimes.Text(parent)),
            workshops.Select(w => new EventLink(w.Slug, w.Title, EventTimes.Text(w))).ToList());
    }
}
