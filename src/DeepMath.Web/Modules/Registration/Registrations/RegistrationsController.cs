using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Documents;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.Registrations;

/// <summary>Organizers' registration list with filters and counts, the attendee CSV and the badges PDF.</summary>
[Authorize]
[Route("events/{slug}/registrations")]
public sealed class RegistrationsController(EventManagers access, RegistrationsQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, RegistrationFilter filter, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var page = await query.PageAsync(ev, filter, cancellationToken);
        return page is null ? RedirectToAction(nameof(RegistrationSettingsController.Index), "RegistrationSettings", new { slug }) : View("Registrations", page);
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(string slug, RegistrationFilter filter, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var currency = await query.CurrencyAsync(ev.EventId, cancellationToken);
        var rows = await query.RowsAsync(ev.EventId, filter, cancellationToken);
        return File(AttendeeCsv.Write(rows, currency), "text/csv; charset=utf-8", $"{slug}-attendees.csv");
    }

    [HttpGet("badges.pdf")]
    public async Task<IActionResult> Badges(string slug, string? paper, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (PaperSize.Parse(paper) is not { } size)
        {
            return BadRequest($"Badges are printed on A4 or Letter paper: ask for badges.pdf?paper=A4 or badges.pdf?paper=Letter (not \"{paper}\").");
        }
        var rows = await query.RowsAsync(ev.EventId, new RegistrationFilter { State = RegistrationState.Confirmed }, cancellationToken);
        var badges = rows.OrderBy(r => r.BadgeName, StringComparer.CurrentCultureIgnoreCase)
            // A presenting author's badge says Speaker where others say their ticket type.
            .Select(r => new TicketDocument(ev.Title, string.Empty, null, r.BadgeName, r.Affiliation, r.Country, r.IsPresenter ? "Speaker" : r.TicketType, r.Reference, string.Empty, string.Empty))
            .ToList();
        return File(BadgesPdf.Render(ev.Title, badges, size), "application/pdf", $"{slug}-badges-{size.Name}.pdf");
    }
}
