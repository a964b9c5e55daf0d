using DeepMath.Web.Modules.Organisations.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.OrganisationList;

public sealed record OrganisationListItem(string Slug, string Name, Domain.OrganisationKind Kind);

/// <summary>Every organisation, by name.</summary>
public sealed class OrganisationListQuery(IOrganisationsData db)
{
    public async Task<IReadOnlyList<OrganisationListItem>> LoadAsync(CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new OrganisationListItem(o.Slug, o.Name, o.Kind)).ToListAsync(cancellationToken);
}
