using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.EditOrganisation;

/// <summary>Saves an organisation's page, managers and linked events; adds and removes meetings elsewhere. The caller may manage it.</summary>
public sealed class EditOrganisationHandler(IOrganisationsData db, AccountDirectory accounts, EventLookup events, TimeProvider clock)
{
    public async Task<EditOrganisationPage> PageAsync(Organisation organisation, OrganisationForm? form, ExternalEventForm? external, CancellationToken cancellationToken)
    {
        if (form is null)
        {
            var managerIds = await db.OrganisationManagers.Where(m => m.OrganisationId == organisation.Id).Select(m => m.UserId).ToListAsync(cancellationToken);
            var managers = await accounts.ContactsAsync(managerIds, cancellationToken);
            var eventIds = await db.OrganisationEvents.Where(e => e.OrganisationId == organisation.Id).Select(e => e.EventId).ToListAsync(cancellationToken);
            var linked = await events.ManyAsync(eventIds, cancellationToken);
            form = new OrganisationForm
            {
                Name = organisation.Name, Description = organisation.DescriptionMarkdown, Perspectives = organisation.PerspectivesMarkdown,
                Figures = Figures.Format(organisation.Figures), ManagerEmails = string.Join("\n", managers.Select(m => m.Email)),
                EventSlugs = string.Join("\n", linked.Select(e => e.Slug)),
            };
        }
        var externals = await db.ExternalEvents.AsNoTracking().Where(e => e.OrganisationId == organisation.Id).OrderBy(e => e.StartsOn).ToListAsync(cancellationToken);
        return new EditOrganisationPage(organisation.Slug, organisation.Name, form, external ?? new ExternalEventForm(), externals);
    }

    public async Task<Result> SaveAsync(Guid organisationId, string editorId, bool editorIsAdmin, OrganisationForm form, bool fieldsValid, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        var managers = await ManagerList.ResolveAsync(accounts, form.ManagerEmails, nameof(form.ManagerEmails), errors, cancellationToken);
        if (!editorIsAdmin && !errors.Any && managers.All(m => m.UserId != editorId))
        {
            errors.Add(nameof(form.ManagerEmails), "Keep your own address among the managers: you would lose access to this page. A site admin can remove you.");
        }
        var figures = Figures.Parse(form.Figures);
        foreach (var figureError in figures.Messages)
        {
            errors.Add(nameof(form.Figures), figureError);
        }
        var slugs = Lines.Of(form.EventSlugs).Select(s => s.ToLowerInvariant()).Distinct().ToList();
        var eventIds = await events.IdsBySlugAsync(slugs, cancellationToken);
        foreach (var missing in slugs.Where(s => !eventIds.ContainsKey(s)))
        {
            errors.Add(nameof(form.EventSlugs), $"No event has the address {missing}. Use the last part of the event's address, such as deepmath-2025.");
        }
        if (!fieldsValid || errors.Any)
        {
            return errors.Any ? errors.ToResult() : Result.Invalid("Correct the fields marked below.");
        }

        // Managers and links are replaced wholesale: in one transaction, so that a failed save leaves them as they were.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, cancellationToken);
        organisation.Name = form.Name.Trim();
        organisation.DescriptionMarkdown = form.Description?.Trim() ?? string.Empty;
        organisation.PerspectivesMarkdown = form.Perspectives?.Trim() ?? string.Empty;
        SetFigures(organisation, figures.Value);
        await db.OrganisationManagers.Where(m => m.OrganisationId == organisationId).ExecuteDeleteAsync(cancellationToken);
        await db.OrganisationEvents.Where(e => e.OrganisationId == organisationId).ExecuteDeleteAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.OrganisationManagers.AddRange(managers.Select(m => new OrganisationManager { OrganisationId = organisationId, UserId = m.UserId, AddedAt = now }));
        db.OrganisationEvents.AddRange(eventIds.Values.Select(id => new OrganisationEvent { OrganisationId = organisationId, EventId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result> AddExternalAsync(Guid organisationId, ExternalEventForm form, bool fieldsValid, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        if (!Uri.TryCreate(form.Url?.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add(nameof(form.Url), "Give the full address of the meeting's site, starting with https://.");
        }
        if (form.StartsOn is { } starts && form.EndsOn is { } ends && ends < starts)
        {
            errors.Add(nameof(form.EndsOn), "The last day cannot come before the first day.");
        }
        if (!fieldsValid || errors.Any)
        {
            return errors.Any ? errors.ToResult() : Result.Invalid("Correct the fields of the meeting.");
        }
        db.ExternalEvents.Add(new ExternalEvent
        {
            OrganisationId = organisationId, Title = form.Title.Trim(), StartsOn = form.StartsOn!.Value, EndsOn = form.EndsOn ?? form.StartsOn.Value,
            Place = form.Place?.Trim() ?? string.Empty, Url = url!.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task RemoveExternalAsync(Guid organisationId, Guid externalId, CancellationToken cancellationToken) =>
        await db.ExternalEvents.Where(e => e.OrganisationId == organisationId && e.Id == externalId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Updated in place, so that rows keep their keys (position) and only the tail is added or removed.</summary>
    private static void SetFigures(Organisation organisation, List<OrganisationFigure> figures)
    {
        var existing = organisation.Figures.OrderBy(f => f.Position).ToList();
        for (var i = 0; i < figures.Count; i++)
        {
            if (i < existing.Count)
            {
                existing[i].Number = figures[i].Number;
                existing[i].Label = figures[i].Label;
            }
            else
            {
                organisation.Figures.Add(figures[i]);
            }
        }
        foreach (var extra in existing.Skip(figures.Count))
        {
            organisation.Figures.Remove(extra);
        }
    }
}
