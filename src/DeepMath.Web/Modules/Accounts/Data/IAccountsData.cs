using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Accounts.Data;

/// <summary>The Accounts module's tables: Identity's users. Other modules ask <see cref="Contracts.AccountDirectory"/>.</summary>
public interface IAccountsData : IModuleData
{
    DbSet<AppUser> Users { get; }
}
