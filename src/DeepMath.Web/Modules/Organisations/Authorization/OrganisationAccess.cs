using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.Authorization;

/// <summary>Who may edit an organisation: its managers and site admins. Everyone may read its public page.</summary>
public sealed class OrganisationAccess(IOrganisationsData db)
{
    public Task<Organisation?> FindAsync(string slug, CancellationToken cancellationToken, bool track = false) =>
        (track ? db.Organisations : db.Organisations.AsNoTracking()).SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);

    /// <summary>The organisation at <paramref name="slug"/> if <paramref name="user"/> may manage it; null (answer 404) otherwise.</summary>
    public async Task<Organisation?> FindManagedAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken, bool track = false) =>
        await FindAsync(slug, cancellationToken, track) is { } organisation && await CanManageAsync(user, organisation.Id, cancellationToken) ? organisation : null;

    public Task<bool> CanManageAsync(ClaimsPrincipal user, Guid organisationId, CancellationToken cancellationToken) =>
        user.ManagesAsync(db.OrganisationManagers.Where(m => m.OrganisationId == organisationId).Select(m => m.UserId), cancellationToken);
}
