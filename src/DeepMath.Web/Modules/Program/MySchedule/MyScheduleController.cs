using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Program.Calendar;
using DeepMath.Web.Modules.Program.CalendarExport;
using DeepMath.Web.Modules.Program.Published;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.MySchedule;

/// <summary>
/// "My schedule": the signed-in reader's starred sessions and items as a page and as .ics, and a personal
/// subscription URL with a secret that calendar apps fetch without signing in. Making a new secret, or
/// stopping the link, makes the old URL answer 404.
/// </summary>
[Authorize]
[Route("events/{slug}/program/mine")]
public sealed class MyScheduleController(MyScheduleQuery query, PublishedProgramQuery published, ScheduleLinkHandler links) : Controller
{
    private const string FreshLinkKey = "ScheduleLink";

    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await query.PageAsync(slug, User.UserId()!, TempData[FreshLinkKey] as string, cancellationToken) is { } page
            ? View("MySchedule", page)
            : NotFound();

    [HttpGet("calendar.ics")]
    public async Task<IActionResult> Calendar(string slug, CancellationToken cancellationToken)
    {
        if (await published.FindAsync(slug, cancellationToken) is not { Snapshot: not null } program)
        {
            return NotFound();
        }
        return Ics(program, await query.SelectionAsync(program, User.UserId()!, cancellationToken));
    }

    [AllowAnonymous]
    [HttpGet("{token}/calendar.ics")]
    public async Task<IActionResult> Feed(string slug, string token, CancellationToken cancellationToken) =>
        await query.ByTokenAsync(slug, token, cancellationToken) is { } found ? Ics(found.Program, found.Selection) : NotFound();

    [HttpPost("link")]
    public async Task<IActionResult> Renew(string slug, CancellationToken cancellationToken)
    {
        if (await published.FindAsync(slug, cancellationToken) is not { } program)
        {
            return NotFound();
        }
        var secret = await links.RenewAsync(program.Event.EventId, User.UserId()!, cancellationToken);
        TempData[FreshLinkKey] = Url.Action(nameof(Feed), "MySchedule", new { slug, token = secret }, Request.Scheme);
        TempData["Status"] = "Your new subscription link is below. Any earlier link of yours no longer works.";
        return RedirectToAction(nameof(Index), new { slug });
    }

    [HttpPost("link/stop")]
    public async Task<IActionResult> Stop(string slug, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            return this.ConfirmFirstView("Stop your calendar link?", "Stop my link", Url.Action(nameof(Index), new { slug })!,
                "Calendar apps subscribed to the link stop receiving your starred talks and their changes.",
                "You can make a new link at any time; the old one never works again.");
        }
        if (await published.FindAsync(slug, cancellationToken) is not { } program)
        {
            return NotFound();
        }
        await links.StopAsync(program.Event.EventId, User.UserId()!, cancellationToken);
        TempData["Status"] = "Your subscription link no longer works.";
        return RedirectToAction(nameof(Index), new { slug });
    }

    private FileContentResult Ics(PublishedProgram program, CalendarSelection selection)
    {
        var edition = Editions.Of(program, ReaderLinks.For(Url, Request.Scheme, program.Event.Slug)) with { Name = $"{program.Event.Title} — my schedule" };
        var text = ProgramCalendar.Write(program.Snapshot!, edition, selection);
        return File(System.Text.Encoding.UTF8.GetBytes(text), ProgramCalendar.ContentType, $"{program.Event.Slug}-my-schedule.ics");
    }
}
