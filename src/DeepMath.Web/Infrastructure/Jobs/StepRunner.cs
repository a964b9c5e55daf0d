using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>
/// Runs a timed step at most once: the step's work (usually queuing e-mail) and its CompletedStep
/// row are saved in one transaction. A concurrent run that loses the race on the key rolls back all
/// it did, so no one is mailed twice.
/// </summary>
public sealed class StepRunner(DeepMathDbContext db, TimeProvider clock)
{
    /// <summary>Which of <paramref name="keys"/> name steps already done, in one query.</summary>
    public async Task<IReadOnlySet<string>> DoneAmongAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        (await db.CompletedSteps.AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => s.Key).ToListAsync(cancellationToken)).ToHashSet();

    /// <returns>true when this call did the step; false when it had already been done.</returns>
    public async Task<bool> RunOnceAsync(string key, Func<CancellationToken, Task<string?>> work, CancellationToken cancellationToken)
    {
        if (await db.CompletedSteps.AnyAsync(s => s.Key == key, cancellationToken))
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var outcome = await work(cancellationToken);
            db.CompletedSteps.Add(new CompletedStep { Key = key, CompletedAt = clock.GetUtcNow(), Outcome = outcome });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        return true;
    }
}
