using DeepMath.Web.Modules.Program.CalendarExport;
using DeepMath.Web.Modules.Program.PublicProgram;
using DeepMath.Web.Modules.Program.Published;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.Frab;

/// <summary>The released program as frab/c3voc schedule JSON and XML, at stable URLs, for conference apps. 404 before the first release.</summary>
[Route("events/{slug}/program")]
public sealed class FrabController(PublishedProgramQuery query) : Controller
{
    [HttpGet("schedule.json")]
    public async Task<IActionResult> Json(string slug, CancellationToken cancellationToken) =>
        await ScheduleAsync(slug, cancellationToken) is { } schedule
            ? Content(FrabJson.Write(schedule), "application/json; charset=utf-8")
            : NotFound();

    [HttpGet("schedule.xml")]
    public async Task<IActionResult> Xml(string slug, CancellationToken cancellationToken) =>
        await ScheduleAsync(slug, cancellationToken) is { } schedule
            ? Content(FrabXml.Write(schedule), "application/xml; charset=utf-8")
            : NotFound();

    private async Task<FrabSchedule?> ScheduleAsync(string slug, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(slug, cancellationToken) is not { Release: not null } program)
        {
            return null;
        }
        var programUrl = Url.Action(nameof(ProgramPageController.Index), "ProgramPage", new { slug }, Request.Scheme)!;
        return FrabSchedule.From(program, programUrl, ReaderLinks.For(Url, Request.Scheme, slug));
    }
}
