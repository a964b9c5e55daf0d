using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.SeriesPage;

/// <summary>A talk of a series with its speaker's name and affiliation.</summary>
public sealed record SeriesTalk(Event Event, string? SpeakerName, string? SpeakerAffiliation)
{
    public string Speaker => SpeakerName is null ? "" : string.IsNullOrWhiteSpace(SpeakerAffiliation) ? SpeakerName : $"{SpeakerName} ({SpeakerAffiliation})";
}

/// <summary>The talks of a series in time order, one query (the speaker's photo is never read here).</summary>
public sealed class SeriesTalks(IEventsData db)
{
    public async Task<IReadOnlyList<SeriesTalk>> LoadAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        var rows = await (from e in db.Events.AsNoTracking()
                          where e.SeriesId == seriesId
                          join s in db.Speakers on e.SpeakerId equals s.Id into speakers
                          from s in speakers.DefaultIfEmpty()
                          select new { Event = e, Name = s == null ? null : s.Name, Affiliation = s == null ? null : s.Affiliation })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SeriesTalk(r.Event, r.Name, r.Affiliation)).OrderBy(t => t.Event.StartsAt).ToList();
    }
}
