using DeepMath.Web.Modules.Events.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>A speaker's profile as other modules show it: the photo itself is served by the Speakers pages (<see cref="HasPhoto"/> says whether there is one).</summary>
public sealed record SpeakerCard(Guid Id, string Name, string? Affiliation, string BiographyMarkdown, string? Homepage, bool HasPhoto);

/// <summary>Speaker profiles for other modules (the Program's invited talks): reused across events, kept by the Events module.</summary>
public sealed class SpeakerProfiles(IEventsData db)
{
    /// <summary>Every profile by name, for an organizer choosing a speaker.</summary>
    public async Task<IReadOnlyList<SpeakerCard>> AllAsync(CancellationToken cancellationToken = default) =>
        await Cards(db.Speakers.AsNoTracking().OrderBy(s => s.Name)).ToListAsync(cancellationToken);

    public async Task<SpeakerCard?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await Cards(db.Speakers.AsNoTracking().Where(s => s.Id == id)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, SpeakerCard>> ManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0
            ? new Dictionary<Guid, SpeakerCard>()
            : await Cards(db.Speakers.AsNoTracking().Where(s => ids.Contains(s.Id))).ToDictionaryAsync(s => s.Id, cancellationToken);

    // A projection, so that no photo bytes are read.
    private static IQueryable<SpeakerCard> Cards(IQueryable<Domain.Speaker> speakers) =>
        speakers.Select(s => new SpeakerCard(s.Id, s.Name, s.Affiliation, s.BiographyMarkdown, s.Homepage, s.PhotoContentType != null));
}
