using DeepMath.Web.Modules.Program.Calendar;
using DeepMath.Web.Modules.Program.Published;

namespace DeepMath.Web.Modules.Program.CalendarExport;

public static class Editions
{
    /// <summary>A calendar of the latest release: its version as SEQUENCE and its time as DTSTAMP, so each release supersedes the last.</summary>
    public static CalendarEdition Of(PublishedProgram program, Func<Guid, Guid?, Uri?> link) =>
        new(program.Event.Title, program.Release!.Version, program.Release.ReleasedAt, link);
}
