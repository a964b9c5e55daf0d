using System.Security.Claims;
using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.News;

/// <summary>An organisation's news, newest first; drafts only for its managers (and never in the feed).</summary>
public sealed class NewsQuery(IOrganisationsData db, OrganisationAccess access)
{
    public const int FeedSize = 50;

    public async Task<NewsPage?> LoadAsync(string slug, ClaimsPrincipal? user, CancellationToken cancellationToken, Guid? itemId = null)
    {
        if (await access.FindAsync(slug, cancellationToken) is not { } organisation)
        {
            return null;
        }
        var canManage = user is not null && await access.CanManageAsync(user, organisation.Id, cancellationToken);
        var query = db.NewsItems.AsNoTracking().Where(n => n.OrganisationId == organisation.Id && (canManage || !n.IsDraft));
        if (itemId is { } id)
        {
            query = query.Where(n => n.Id == id);
        }
        var items = await query.OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.CreatedAt).Take(user is null ? FeedSize : 500)
            .ToListAsync(cancellationToken);
        return new NewsPage(organisation.Id, organisation.Slug, organisation.Name, items, canManage);
    }
}
