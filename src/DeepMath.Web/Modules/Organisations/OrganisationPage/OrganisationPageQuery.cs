using System.Security.Claims;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.OrganisationPage;

/// <summary>An organisation's public page: what it is, its figures, latest news, what is coming, and its award calls.</summary>
public sealed class OrganisationPageQuery(IOrganisationsData db, OrganisationAccess access, EventLookup events, TimeProvider clock)
{
    public const int LatestNews = 5;

    public async Task<OrganisationPageModel?> LoadAsync(string slug, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (organisation is null)
        {
            return null;
        }
        var canManage = await access.CanManageAsync(user, organisation.Id, cancellationToken);
        // A day of slack: "upcoming" until the last day is over everywhere, which needs no zone per event.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var news = await db.NewsItems.AsNoTracking()
            .Where(n => n.OrganisationId == organisation.Id && (canManage || !n.IsDraft))
            .OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.CreatedAt)
            .Take(LatestNews)
            .Select(n => new NewsSummary(n.Id, n.Title, n.PublishedOn, n.IsDraft))
            .ToListAsync(cancellationToken);
        var eventIds = await db.OrganisationEvents.AsNoTracking().Where(e => e.OrganisationId == organisation.Id).Select(e => e.EventId).ToListAsync(cancellationToken);
        var linked = (await events.ManyAsync(eventIds, cancellationToken)).Where(e => e.EndsOn >= today).ToList();
        var external = await db.ExternalEvents.AsNoTracking()
            .Where(e => e.OrganisationId == organisation.Id && e.EndsOn >= today)
            .OrderBy(e => e.StartsOn).ToListAsync(cancellationToken);
        var awardCalls = await db.AwardCalls.AsNoTracking().Where(a => a.OrganisationId == organisation.Id)
            .Select(a => new { a.CallId, a.AwardName }).ToListAsync(cancellationToken);
        var calls = await events.CallsAsync([.. awardCalls.Select(a => a.CallId)], cancellationToken);
        var now = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var awards = calls.Select(c => new AwardCallSummary(c.CallId, awardCalls.First(a => a.CallId == c.CallId).AwardName, c.CallTitle, c.EventSlug,
            c.OpensOn, c.ClosesOn, c.OpensOn <= now && now <= c.ClosesOn)).ToList();
        return new OrganisationPageModel(organisation, news, linked, external, awards, canManage);
    }
}
