using DeepMath.Web.Modules.Decisions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

/// <summary>
/// Runs the dashboard's aggregate queries with two PostgreSQL planner settings changed for their transaction only
/// (SET LOCAL). JIT off: the score aggregate over tens of thousands of reviews is estimated costly enough
/// to trigger JIT, whose compilation (over a second) dwarfs the query (tens of milliseconds). Nested loops
/// off: the planner misjudges the aggregate's size and, for a page sorted by number, re-runs it for every
/// row of the page; a hash join computes it once.
/// </summary>
public sealed class AggregatePlanning(IDecisionsData db)
{
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off; SET LOCAL enable_nestloop = off", cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
