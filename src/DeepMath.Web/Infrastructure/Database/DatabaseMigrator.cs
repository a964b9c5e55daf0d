using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>
/// Applies the committed migrations, for the app's start and for `deepmath migrate`, and says what it did.
/// Npgsql's migration history reads its table without first checking that it exists (npgsql/efcore.pg#3407),
/// so a fresh database logged "fail: Failed executing DbCommand ... __ef_migrations" on the first start;
/// creating the table first, with the very statement EF runs itself, keeps a first start quiet.
/// </summary>
public static class DatabaseMigrator
{
    /// <returns>The migrations applied now, oldest first; empty when the database was up to date.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        var history = database.GetService<IHistoryRepository>();
        await database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await database.MigrateAsync(cancellationToken);
        }
        return pending;
    }
}
