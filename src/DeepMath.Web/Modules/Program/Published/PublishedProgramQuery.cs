using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Published;

/// <summary>Finds an event by its slug and its latest release; readers never see a working copy.</summary>
public sealed class PublishedProgramQuery(EventCalendar events, ProgramReleases releases)
{
    public async Task<PublishedProgram?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return null;
        }
        return new PublishedProgram(ev, await releases.LatestAsync(ev.EventId, cancellationToken));
    }
}
