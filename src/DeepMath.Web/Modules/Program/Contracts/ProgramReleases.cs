using DeepMath.Web.Modules.Program.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.Contracts;

/// <param name="Version">1, 2, 3 … per event.</param>
public sealed record ReleaseInfo(Guid Id, int Version, string Name, string? Comment, DateTimeOffset ReleasedAt, ProgramSnapshot Snapshot);

/// <summary>The Program module's public face for what has been released: the public pages and exports read only this.</summary>
public sealed class ProgramReleases(IProgramData db)
{
    /// <summary>The latest release of an event's program, or null before the first.</summary>
    public async Task<ReleaseInfo?> LatestAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var release = await db.ProgramReleases.AsNoTracking()
            .Where(r => r.EventId == eventId)
            .OrderByDescending(r => r.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return release is null ? null : new ReleaseInfo(release.Id, release.Version, release.Name, release.Comment, release.ReleasedAt, release.Snapshot);
    }
}
