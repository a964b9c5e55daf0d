using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.CreateOrganisation;

/// <summary>Creates an organisation with its first managers, each of whom must have an account. The caller is a site admin.</summary>
public sealed class CreateOrganisationHandler(IOrganisationsData db, AccountDirectory accounts, TimeProvider clock)
{
    /// <returns>The new organisation's slug.</returns>
    public async Task<Result<string>> HandleAsync(CreateOrganisationForm form, bool fieldsValid, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        var slug = (form.Slug ?? string.Empty).Trim().ToLowerInvariant();
        if (fieldsValid && await db.Organisations.AnyAsync(o => o.Slug == slug, cancellationToken))
        {
            errors.Add(nameof(form.Slug), $"Another organisation already uses the address {slug}. Choose another one.");
        }
        var managers = await ManagerList.ResolveAsync(accounts, form.ManagerEmails, nameof(form.ManagerEmails), errors, cancellationToken);
        if (!fieldsValid || errors.Any)
        {
            return Result<string>.Invalid(errors.ToDictionary());
        }
        var now = clock.GetUtcNow();
        var organisation = new Organisation { Slug = slug, Name = form.Name.Trim(), Kind = form.Kind, CreatedAt = now };
        db.Organisations.Add(organisation);
        db.OrganisationManagers.AddRange(managers.Select(m => new OrganisationManager { OrganisationId = organisation.Id, UserId = m.UserId, AddedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return slug;
    }
}
