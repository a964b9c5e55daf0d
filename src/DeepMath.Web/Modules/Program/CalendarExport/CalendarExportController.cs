using DeepMath.Web.Modules.Program.Calendar;
using DeepMath.Web.Modules.Program.Published;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.CalendarExport;

/// <summary>
/// The released program as iCalendar files at stable URLs: the whole program, one session, one item. Open to
/// everyone, like the program itself; 404 before the first release or for a session or item it does not have.
/// </summary>
[Route("events/{slug}/program")]
public sealed class CalendarExportController(PublishedProgramQuery query) : Controller
{
    [HttpGet("calendar.ics")]
    public async Task<IActionResult> Whole(string slug, CancellationToken cancellationToken) =>
        await query.FindAsync(slug, cancellationToken) is { Snapshot: { } snapshot } program
            ? Calendar(program, CalendarSelection.Everything(snapshot), $"{slug}-program.ics")
            : NotFound();

    [HttpGet("sessions/{sessionId:guid}/calendar.ics")]
    public async Task<IActionResult> Session(string slug, Guid sessionId, CancellationToken cancellationToken) =>
        await query.FindAsync(slug, cancellationToken) is { } program && program.Session(sessionId) is not null
            ? Calendar(program, CalendarSelection.Session(sessionId), $"{slug}-session.ics")
            : NotFound();

    [HttpGet("items/{itemId:guid}/calendar.ics")]
    public async Task<IActionResult> Item(string slug, Guid itemId, CancellationToken cancellationToken) =>
        await query.FindAsync(slug, cancellationToken) is { } program && program.Item(itemId) is not null
            ? Calendar(program, CalendarSelection.Item(itemId), $"{slug}-item.ics")
            : NotFound();

    private FileContentResult Calendar(PublishedProgram program, CalendarSelection selection, string fileName)
    {
        var edition = Editions.Of(program, ReaderLinks.For(Url, Request.Scheme, program.Event.Slug));
        return File(System.Text.Encoding.UTF8.GetBytes(ProgramCalendar.Write(program.Snapshot!, edition, selection)), ProgramCalendar.ContentType, fileName);
    }
}
