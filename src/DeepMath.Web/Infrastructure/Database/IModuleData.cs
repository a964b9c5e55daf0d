using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>
/// What every module's data interface offers besides its own tables: saving and the database facade
/// (transactions, raw SQL on the module's own schema). A module injects its own interface, never the
/// DbContext, so it reaches only its tables; other modules' data comes through their Contracts.
/// </summary>
public interface IModuleData
{
    DatabaseFacade Database { get; }

    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
