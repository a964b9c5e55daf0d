using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.Changes;

/// <summary>One release on the changes page: what it changed against the one before it.</summary>
public sealed record ReleaseChanges(Guid Id, int Version, string Name, string? Comment, DateTimeOffset ReleasedAt, IReadOnlyList<ItemChange> Changes);

public sealed record ChangesPage(EventInfo Event, IReadOnlyList<ReleaseChanges> Releases);

/// <summary>
/// Every release of an event's program, newest first, each with its changes against the previous one, computed
/// from the two stored snapshots by the items' stable ids (the same diff the release's e-mails were sent from).
/// </summary>
public sealed class ChangesQuery(IProgramData db, EventCalendar events)
{
    public async Task<ChangesPage?> ForEventAsync(string slug, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return null;
        }
        var releases = await db.ProgramReleases.AsNoTracking().Where(r => r.EventId == ev.EventId).OrderBy(r => r.Version).ToListAsync(cancellationToken);
        var list = releases.Select((r, i) => new ReleaseChanges(r.Id, r.Version, r.Name, r.Comment, r.ReleasedAt,
            ReleaseDiff.Between(i == 0 ? null : releases[i - 1].Snapshot, r.Snapshot))).Reverse().ToList();
        return new ChangesPage(ev, list);
    }
}
