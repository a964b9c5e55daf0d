using System.Security.Claims;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.EventFields;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.AddTalk;

/// <summary>
/// Adds a colloquium talk to a series, for its organizers: an event of kind Colloquium whose address is made
/// from the series' and the date, organized by the series' organizers. Subscribers hear of it from
/// AnnounceSeriesTalksJob.
/// </summary>
public sealed class AddTalkHandler(IEventsData db, SeriesAccess access, EventFormChoicesQuery references, TimeProvider clock)
{
    /// <summary>A new talk's form, with the series' zone and host filled in.</summary>
    public async Task<AddTalkPage?> NewAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        var series = await access.FindManagedAsync(user, slug, cancellationToken);
        if (series is null)
        {
            return null;
        }
        var form = new EventFields.EventForm
        {
            Kind = EventKind.Colloquium, SeriesId = series.Id, TimeZoneId = series.TimeZoneId, HostInstitution = series.Host,
            Choices = await references.LoadAsync(user, null, cancellationToken),
        };
        return new AddTalkPage(series.Slug, series.Name, form);
    }

    public async Task<AddTalkPage?> PageAsync(ClaimsPrincipal user, string slug, EventFields.EventForm form, CancellationToken cancellationToken)
    {
        var series = await access.FindManagedAsync(user, slug, cancellationToken);
        if (series is null)
        {
            return null;
        }
        form.Kind = EventKind.Colloquium;
        form.Choices = await references.LoadAsync(user, null, cancellationToken);
        return new AddTalkPage(series.Slug, series.Name, form);
    }

    /// <returns>The new talk's slug.</returns>
    public async Task<Result<string>> HandleAsync(ClaimsPrincipal user, string slug, EventFields.EventForm form, bool fieldsValid, CancellationToken cancellationToken)
    {
        var series = await access.FindManagedAsync(user, slug, cancellationToken);
        if (series is null)
        {
            return Result<string>.NotFound();
        }
        if (!fieldsValid)
        {
            return Result<string>.Invalid(new Dictionary<string, IReadOnlyList<string>>());
        }
        form.Kind = EventKind.Colloquium;
        form.SeriesId ??= series.Id;
        var errors = await references.ResolveAsync(form, form.Choices, series.Id, cancellationToken);
        if (errors.Any)
        {
            return Result<string>.Invalid(errors.ToDictionary());
        }
        var now = clock.GetUtcNow();
        var talk = new Event { Title = form.Title, Slug = await FreeSlugAsync($"{series.Slug}-{form.StartsOn:yyyy-MM-dd}", cancellationToken), TimeZoneId = form.TimeZoneId, CreatedAt = now };
        form.ApplyTo(talk);
        db.Events.Add(talk);
        var organizers = await db.SeriesOrganizers.Where(o => o.SeriesId == series.Id).Select(o => o.UserId).ToListAsync(cancellationToken);
        db.EventOrganizers.AddRange(organizers.Select(id => new EventOrganizer { EventId = talk.Id, UserId = id, AddedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return talk.Slug;
    }

    private async Task<string> FreeSlugAsync(string wanted, CancellationToken cancellationToken)
    {
        var taken = await db.Events.Where(e => e.Slug == wanted || e.Slug.StartsWith(wanted + "-")).Select(e => e.Slug).ToListAsync(cancellationToken);
        var slug = wanted;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }
        return slug;
    }
}

public sealed record AddTalkPage(string SeriesSlug, string SeriesName, EventFields.EventForm Form);
