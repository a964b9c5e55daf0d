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
    /// <summary>
    /// Runs each step not done yet, once (the reminder sweeps' body): the keys already done are read in
    /// one query, so that a sweep repeated every minute costs one statement when nothing is due.
    /// </summary>
    /// <returns>The keys of the steps this call did.</returns>
    public async Task<IReadOnlyList<string>> RunEachOnceAsync(IReadOnlyList<Step> steps, CancellationToken cancellationToken)
    {
        var keys = steps.Select(s => s.Key).ToList();
        var already = (await db.CompletedSteps.AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => s.Key)
            .ToListAsync(cancellationToken)).ToHashSet();
        var done = new List<string>();
        foreach (var step in steps.Where(s => !already.Contains(s.Key)))
        {
            if (await RunOnceAsync(step.Key, step.Work, cancellationToken))
            {
                done.Add(step.Key);
            }
        }
        return done;
    }

    /// <summary>
    /// The reminder sweeps' body for a list of recipients: one step per item, named by <paramref name="key"/>, whose work
    /// (given the item and its key, which usually keys its e-mail in the outbox too) runs once ever.
    /// </summary>
    /// <returns>The keys of the steps this call did.</returns>
    public Task<IReadOnlyList<string>> RunEachOnceAsync<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string, CancellationToken, Task<string?>> work,
        CancellationToken cancellationToken) =>
        RunEachOnceAsync([.. items.Select(item =>
        {
            var itemKey = key(item);
            return new Step(itemKey, ct => work(item, itemKey, ct));
        })], cancellationToken);

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
