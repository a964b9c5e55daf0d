using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.ScoreTable;

/// <summary>
/// Keeps reviewing.computed_scores, every submission's figures in a call, no older than the call's last change
/// to reviews or assignments: read, it costs one primary-key lookup when fresh; stale, the first reader
/// recomputes the call's rows in one statement (under an advisory lock, so concurrent readers wait for that one
/// instead of each aggregating) and writes only the rows whose figures changed. The calibrated score
/// standardizes each overall score against its reviewer's own mean and population standard deviation in the
/// call (0 where a reviewer gave one value only), then averages per submission.
/// </summary>
public sealed class ScoreRefresh(IReviewingData db)
{
    private const int AnalyzeAfterRows = 1_000;

    public async Task EnsureFreshAsync(Guid callId, CancellationToken cancellationToken)
    {
        if (await IsFreshAsync(callId, cancellationToken))
        {
            return;
        }
        // Its own transaction unless the caller has one: the advisory lock is held until that transaction ends.
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended('reviewing.computed_scores:' || {callId.ToString()}, 0))", cancellationToken);
        // The aggregate over a NeurIPS-sized call is estimated costly enough for JIT, whose compilation (over a
        // second) would dwarf the statement itself.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off", cancellationToken);
        // Recomputed while this reader waited for the lock: nothing left to do.
        if (!await IsFreshAsync(callId, cancellationToken))
        {
            await RecomputeAsync(callId, cancellationToken);
        }
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
    }

    private async Task<bool> IsFreshAsync(Guid callId, CancellationToken cancellationToken)
    {
        var state = await db.ScoreStates.AsNoTracking().Where(s => s.CallId == callId)
            .Select(s => new { s.Changed, s.Computed }).SingleOrDefaultAsync(cancellationToken);
        // A call whose reviews and assignments never changed has no state, and no scores to compute, unless
        // rows were written before the triggers existed: compute once, which records the state.
        return state is not null && state.Changed == state.Computed;
    }

    private async Task RecomputeAsync(Guid callId, CancellationToken cancellationToken)
    {
        // The count is read before the aggregate, whose statement sees every change counted up to it; a change
        // committed after raises the count again, and the next reader recomputes.
        var changed = await db.ScoreStates.AsNoTracking().Where(s => s.CallId == callId).Select(s => (long?)s.Changed).SingleOrDefaultAsync(cancellationToken) ?? 0;
        var written = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO reviewing.computed_scores AS c (call_id, submission_id, assigned, done, mean, std_dev, weighted_mean, calibrated, spread)
            SELECT {callId}, x.submission_id, COALESCE(a.n, 0), COALESCE(r.n, 0), r.mean, r.sd, r.wmean, r.cal, r.spread
            FROM (SELECT submission_id FROM reviewing.assignments WHERE call_id = {callId}
                  UNION
                  SELECT submission_id FROM reviewing.reviews WHERE call_id = {callId} AND submitted_at IS NOT NULL AND overall IS NOT NULL) x
            LEFT JOIN (SELECT submission_id, count(*)::int AS n FROM reviewing.assignments WHERE call_id = {callId} GROUP BY submission_id) a
                   ON a.submission_id = x.submission_id
            LEFT JOIN (
                SELECT v.submission_id,
                       count(*)::int AS n,
                       avg(v.overall)::float8 AS mean,
                       stddev_pop(v.overall)::float8 AS sd,
                       sum(v.overall * COALESCE(v.confidence, 1))::float8 / sum(COALESCE(v.confidence, 1)) AS wmean,
                       avg(CASE WHEN s.sd > 0 THEN (v.overall - s.m) / s.sd ELSE 0 END) AS cal,
                       max(v.overall) - min(v.overall) AS spread
                FROM reviewing.reviews v
                JOIN (SELECT reviewer_id, avg(overall)::float8 AS m, stddev_pop(overall)::float8 AS sd
                      FROM reviewing.reviews WHERE call_id = {callId} AND submitted_at IS NOT NULL AND overall IS NOT NULL
                      GROUP BY reviewer_id) s ON s.reviewer_id = v.reviewer_id
                WHERE v.call_id = {callId} AND v.submitted_at IS NOT NULL AND v.overall IS NOT NULL
                GROUP BY v.submission_id) r ON r.submission_id = x.submission_id
            ON CONFLICT (call_id, submission_id) DO UPDATE SET
                assigned = excluded.assigned, done = excluded.done, mean = excluded.mean, std_dev = excluded.std_dev,
                weighted_mean = excluded.weighted_mean, calibrated = excluded.calibrated, spread = excluded.spread
            WHERE (c.assigned, c.done, c.mean, c.std_dev, c.weighted_mean, c.calibrated, c.spread)
                IS DISTINCT FROM (excluded.assigned, excluded.done, excluded.mean, excluded.std_dev, excluded.weighted_mean, excluded.calibrated, excluded.spread)
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM reviewing.computed_scores AS c WHERE c.call_id = {callId}
              AND NOT EXISTS (SELECT 1 FROM reviewing.assignments a WHERE a.call_id = {callId} AND a.submission_id = c.submission_id)
              AND NOT EXISTS (SELECT 1 FROM reviewing.reviews v WHERE v.call_id = {callId} AND v.submission_id = c.submission_id
                              AND v.submitted_at IS NOT NULL AND v.overall IS NOT NULL)
            """, cancellationToken);
        if (written >= AnalyzeAfterRows)
        {
            // Thousands of rows written at once: fresh statistics before the next page plans its joins on them
            // (until autovacuum's analyze caught up, a page of a new 10,000-row call took 0.5 s instead of 0.07 s).
            await db.Database.ExecuteSqlRawAsync("ANALYZE reviewing.computed_scores", cancellationToken);
        }
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO reviewing.score_states AS s (call_id, changed, computed) VALUES ({callId}, {changed}, {changed})
            ON CONFLICT (call_id) DO UPDATE SET computed = {changed}
            """, cancellationToken);
    }
}
