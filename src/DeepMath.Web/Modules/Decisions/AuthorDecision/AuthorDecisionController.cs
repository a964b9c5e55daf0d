using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Decisions.AuthorDecision;

/// <summary>The author's view of a sent decision, its reviews as Reviewer 1, 2, 3, and the acceptance letter.</summary>
[Authorize]
[Route("submissions/{id:guid}/decision")]
public sealed class AuthorDecisionController(AuthorDecisionQuery query, AcceptanceLetter letter, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await query.PageAsync(User, id, cancellationToken) is { } page ? View("AuthorDecision", page) : NotFound();

    [HttpGet("letter.pdf")]
    public async Task<IActionResult> Letter(Guid id, CancellationToken cancellationToken)
    {
        if (await query.PageAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        if (page.Sent is not { Accepts: true } outcome || page.Dates is not { } dates)
        {
            return NotFound();
        }
        var s = page.Submission;
        var issued = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(page.SentAt ?? clock.GetUtcNow(), page.Call.Window.Zone).DateTime);
        var pdf = letter.Render(new AcceptanceLetter.Content(page.Call.EventTitle, dates.Venue, dates.StartsOn, dates.EndsOn, page.Person.Name, page.Person.Affiliation,
            s.Number, s.Title, s.Abstract, outcome.Label, [.. s.Authors.Select(a => a.Name)], issued));
        return File(pdf, "application/pdf", $"acceptance-{page.Call.EventSlug}-{s.Number}.pdf");
    }
}
