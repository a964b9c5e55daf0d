using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.CancelRegistration;
using DeepMath.Web.Modules.Registration.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.MyRegistration;

/// <summary>The attendee's own registration: its state or waiting-list place, the ticket and invitation letter, and cancelling until the deadline.</summary>
[Authorize]
[Route("events/{slug}/registration")]
public sealed class MyRegistrationController(EventCalendar events, MyRegistrationQuery query, CancelRegistrationHandler cancel, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await query.PageAsync(slug, User.UserId(), cancellationToken) is { } page ? View("MyRegistration", page) : NotFound();

    [HttpGet("ticket.pdf")]
    public async Task<IActionResult> Ticket(string slug, CancellationToken cancellationToken)
    {
        var document = await query.ConfirmedDocumentAsync(slug, User.UserId(), cancellationToken);
        return document is null ? NotFound() : File(TicketPdf.Render(document.Ticket), "application/pdf", $"{slug}-ticket.pdf");
    }

    [HttpGet("letter.pdf")]
    public Task<IActionResult> Letter(string slug, CancellationToken cancellationToken) => LetterAsync(slug, new VisaDetails(), cancellationToken);

    /// <summary>The letter with the passport number and nationality a consulate asks for; they are printed, not kept.</summary>
    [HttpPost("letter.pdf")]
    public async Task<IActionResult> Letter(string slug, VisaDetails details, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            TempData["Error"] = "The letter is not made: " + string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(Index), new { slug });
        }
        return await LetterAsync(slug, details, cancellationToken);
    }

    private async Task<IActionResult> LetterAsync(string slug, VisaDetails details, CancellationToken cancellationToken)
    {
        var document = await query.ConfirmedDocumentAsync(slug, User.UserId(), cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        var (ticket, ev, settings) = document;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ev.Zone).DateTime);
        var letter = new LetterContent(today, settings.LetterNote, settings.LetterSignatory, details.PassportNumber?.Trim(), details.Nationality?.Trim());
        return File(InvitationLetterPdf.Render(ticket, letter), "application/pdf", "invitation-letter.pdf");
    }

    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel(string slug, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (!confirmed && await query.PageAsync(slug, User.UserId(), cancellationToken) is { Registration: { } mine, CanCancel: true })
        {
            var waiting = mine.State == Domain.RegistrationState.Waitlisted;
            return this.ConfirmFirstView(waiting ? $"Leave the waiting list of {ev.Title}?" : $"Cancel your registration for {ev.Title}?",
                waiting ? "Leave the waiting list" : "Cancel my registration", Url.Action(nameof(Index), new { slug })!,
                CancelConsequences.Of(mine, byOrganizer: false));
        }
        var result = await cancel.CancelMineAsync(ev, User.UserId(), cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded ? "Your registration is cancelled." : string.Join(" ", result.Messages);
        return RedirectToAction(nameof(Index), new { slug });
    }
}
