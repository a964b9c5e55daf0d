using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.EditNews;

/// <summary>Writes, edits and deletes an organisation's news items. The caller may manage the organisation.</summary>
public sealed class EditNewsHandler(IOrganisationsData db, TimeProvider clock)
{
    public async Task<NewsForm?> FormAsync(Guid organisationId, Guid itemId, CancellationToken cancellationToken) =>
        await db.NewsItems.AsNoTracking().Where(n => n.OrganisationId == organisationId && n.Id == itemId)
            .Select(n => new NewsForm { Title = n.Title, PublishedOn = n.PublishedOn, Body = n.BodyMarkdown, Publish = !n.IsDraft })
            .SingleOrDefaultAsync(cancellationToken);

    public NewsForm Blank() => new() { PublishedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Publish = true };

    /// <returns>The item's id, or not found when <paramref name="itemId"/> names no item of the organisation.</returns>
    public async Task<Result<Guid>> SaveAsync(Guid organisationId, Guid? itemId, NewsForm form, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var item = itemId is null ? null : await db.NewsItems.SingleOrDefaultAsync(n => n.OrganisationId == organisationId && n.Id == itemId, cancellationToken);
        if (itemId is not null && item is null)
        {
            return Result<Guid>.NotFound();
        }
        if (item is null)
        {
            item = new NewsItem { OrganisationId = organisationId, Title = string.Empty, CreatedAt = now };
            db.NewsItems.Add(item);
        }
        item.Title = form.Title.Trim();
        item.PublishedOn = form.PublishedOn!.Value;
        item.BodyMarkdown = form.Body?.Trim() ?? string.Empty;
        item.IsDraft = !form.Publish;
        item.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    /// <summary>A draft written for the caller to finish and publish (the winner's announcement).</summary>
    public async Task<Guid> DraftAsync(Guid organisationId, string title, string body, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var item = new NewsItem
        {
            OrganisationId = organisationId, Title = title, BodyMarkdown = body, IsDraft = true, CreatedAt = now, UpdatedAt = now,
            PublishedOn = DateOnly.FromDateTime(now.UtcDateTime),
        };
        db.NewsItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    public async Task<Result> DeleteAsync(Guid organisationId, Guid itemId, CancellationToken cancellationToken) =>
        await db.NewsItems.Where(n => n.OrganisationId == organisationId && n.Id == itemId).ExecuteDeleteAsync(cancellationToken) > 0
            ? Result.Success()
            : Result.NotFound();
}
