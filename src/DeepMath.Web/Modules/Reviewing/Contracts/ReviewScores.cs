using System.ComponentModel.DataAnnotations.Schema;
using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>
/// A submission's reviewing figures; null scores where no review is submitted yet. The column names are
/// given because EF maps a raw query's rows by them and the naming convention does not reach such types.
/// </summary>
public sealed class SubmissionScore
{
    [Column("submission_id")] public Guid SubmissionId { get; set; }
    [Column("assigned")] public int Assigned { get; set; }
    [Column("done")] public int Done { get; set; }
    [Column("mean")] public double? Mean { get; set; }
    [Column("std_dev")] public double? StdDev { get; set; }
    [Column("weighted_mean")] public double? WeightedMean { get; set; }
    [Column("calibrated")] public double? Calibrated { get; set; }
    [Column("disagree")] public bool Disagree { get; set; }
}

/// <summary>
/// The Reviewing module's public face for decisions: every submission's figures computed in one SQL
/// statement, so that another module can join, sort and page on them in the database (no N+1). The
/// calibrated score standardizes each overall score against its reviewer's own mean and population
/// standard deviation in the call (0 where a reviewer gave one value only), then averages per submission.
/// The join key is a plain column (a UNION of assigned and reviewed submissions, not a FULL JOIN's
/// COALESCE), so that the planner hashes the aggregate once instead of re-running it per row.
/// </summary>
public sealed class ReviewScores(IReviewingData db)
{
    public IQueryable<SubmissionScore> ForCall(Guid callId, int disagreementSpread) =>
        db.Database.SqlQuery<SubmissionScore>($"""
            SELECT x.submission_id,
                   COALESCE(a.n, 0) AS assigned,
                   COALESCE(r.n, 0) AS done,
                   r.mean, r.sd AS std_dev, r.wmean AS weighted_mean, r.cal AS calibrated,
                   COALESCE(r.n >= 2 AND r.spread >= {disagreementSpread}, FALSE) AS disagree
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
            """);

    /// <summary>The overall scores of each of <paramref name="submissionIds"/> in the order the reviews were submitted, such as "7 · 4 · 8" (for a page of rows).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> OverallScoresAsync(IReadOnlyCollection<Guid> submissionIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.Reviews.AsNoTracking()
            .Where(r => submissionIds.Contains(r.SubmissionId) && r.SubmittedAt != null && r.Overall != null)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Select(r => new { r.SubmissionId, r.Overall })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SubmissionId).ToDictionary(g => g.Key, g => string.Join(" · ", g.Select(r => r.Overall)));
    }

    /// <summary>The form the call's reviewers fill in (its overall scale sets the disagreement threshold).</summary>
    public async Task<ReviewForm> FormAsync(Guid callId, CancellationToken cancellationToken = default) =>
        await db.ReviewSettings.AsNoTracking().Where(s => s.CallId == callId).Select(s => s.Form).SingleOrDefaultAsync(cancellationToken)
            ?? ReviewForm.Default;

    /// <summary>How many reviews are assigned and submitted in the call.</summary>
    public async Task<(int Assigned, int Submitted)> ProgressAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var assigned = await db.Assignments.CountAsync(a => a.CallId == callId, cancellationToken);
        var submitted = await db.Reviews.CountAsync(r => r.CallId == callId && r.SubmittedAt != null, cancellationToken);
        return (assigned, submitted);
    }
}
