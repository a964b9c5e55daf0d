using DeepMath.Web.Modules.Program.PublicProgram;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.CalendarExport;

/// <summary>Absolute URLs of the public session and item pages, for calendars and schedule exports (by route, never by hand).</summary>
public static class ReaderLinks
{
    public static Func<Guid, Guid?, Uri?> For(IUrlHelper url, string scheme, string slug) => (sessionId, itemId) =>
    {
        var link = itemId is { } item
            ? url.Action(nameof(ProgramPageController.Item), "ProgramPage", new { slug, itemId = item }, scheme)
            : url.Action(nameof(ProgramPageController.Session), "ProgramPage", new { slug, sessionId }, scheme);
        return link is null ? null : new Uri(link);
    };
}
