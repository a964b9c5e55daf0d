using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Registration.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.OrganizerOverview;

/// <summary>One call's figures on the organizers' overview.</summary>
public sealed record CallFigures(Guid CallId, string Title, CallSubmissionCounts Submissions, ReviewCounts Reviews, int Decided);

public sealed record OrganizerOverviewModel(string Slug, IReadOnlyList<CallFigures> Calls, int Registered, IReadOnlyList<ImportantDate> NextDates);

/// <summary>
/// The organizers' overview at the top of the event page: how many abstracts, reviews, decisions and registrations
/// there are, and the next dates. Shown only to those who manage the event (the page decides).
/// </summary>
public sealed class OrganizerOverviewViewComponent(IEventsData db, SubmissionStats submissions, CallReviews reviews, CallDecisions decisions,
    RegistrationCounts registrations) : ViewComponent
{
    public const string ViewPath = "/Modules/Events/OrganizerOverview/OrganizerOverview.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid eventId, string slug, IReadOnlyList<ImportantDate> dates)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var calls = await db.Calls.AsNoTracking().Where(c => c.EventId == eventId).OrderBy(c => c.OpensOn).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken);
        var figures = new List<CallFigures>();
        // An event has one or two calls: a few counts each.
        foreach (var call in calls)
        {
            figures.Add(new CallFigures(call.Id, call.Title, await submissions.CountAsync(call.Id, cancellationToken), await reviews.CountsAsync(call.Id, cancellationToken),
                (await decisions.RecordedAsync(call.Id, cancellationToken)).Count));
        }
        return View(ViewPath, new OrganizerOverviewModel(slug, figures, await registrations.ConfirmedAsync(eventId, cancellationToken),
            [.. dates.Where(d => !d.IsPast).Take(3)]));
    }
}
