using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.Home;

public sealed record OpenAwardCall(Guid CallId, string AwardName, string OrganisationSlug, string OrganisationName, DateOnly ClosesOn);

/// <summary>
/// The home page's list of award calls open now, rendered by name (<c>Component.InvokeAsync("OpenAwardCalls")</c>) so
/// that the Events module's home page needs no type of this module. Renders nothing when no call is open.
/// </summary>
public sealed class OpenAwardCallsViewComponent(IOrganisationsData db, EventLookup events, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var awards = await db.AwardCalls.AsNoTracking()
            .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { a.CallId, a.AwardName, o.Slug, o.Name })
            .ToListAsync(HttpContext.RequestAborted);
        var calls = await events.CallsAsync([.. awards.Select(a => a.CallId)], HttpContext.RequestAborted);
        var open = calls.Where(c => c.OpensOn <= today && today <= c.ClosesOn).OrderBy(c => c.ClosesOn)
            .Select(c => awards.First(a => a.CallId == c.CallId) is var a ? new OpenAwardCall(c.CallId, a.AwardName, a.Slug, a.Name, c.ClosesOn) : null!)
            .ToList();
        return View("/Modules/Organisations/Home/OpenAwardCalls.cshtml", open);
    }
}
