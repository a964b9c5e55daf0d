using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>A submission's reviewing figures; null scores where no review is submitted yet.</summary>
public sealed class SubmissionScore
{
    public Guid SubmissionId { get; set; }
    public int Assigned { get; set; }
    public int Done { get; set; }
    public double? Mean { get; set; }
    public double? StdDev { get; set; }
    public double? WeightedMean { get; set; }
    public double? Calibrated { get; set; }
    public bool Disagree { get; set; }
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
            SELECT x."SubmissionId",
                   COALESCE(a.n, 0) AS "Assigned",
                   COALESCE(r.n, 0) AS "Done",
                   r.mean AS "Mean", r.sd AS "StdDev", r.wmean AS "WeightedMean", r.cal AS "Calibrated",
                   COALESCE(r.n >= 2 AND r.spread >= {disagreementSpread}, FALSE) AS "Disagree"
            FROM (SELECT "SubmissionId" FROM reviewing.assignments WHERE "CallId" = {callId}
                  UNION
                  SELECT "SubmissionId" FROM reviewing.reviews WHERE "CallId" = {callId} AND "SubmittedAt" IS NOT NULL AND "Overall" IS NOT NULL) x
            LEFT JOIN (SELECT "SubmissionId", count(*)::int AS n FROM reviewing.assignments WHERE "CallId" = {callId} GROUP BY "SubmissionId") a
                   ON a."SubmissionId" = x."SubmissionId"
            LEFT JOIN (
                SELECT v."SubmissionId",
                       count(*)::int AS n,
                       avg(v."Overall")::float8 AS mean,
                       stddev_pop(v."Overall")::float8 AS sd,
                       sum(v."Overall" * COALESCE(v."Confidence", 1))::float8 / sum(COALESCE(v."Confidence", 1)) AS wmean,
                       avg(CASE WHEN s.sd > 0 THEN (v."Overall" - s.m) / s.sd ELSE 0 END) AS cal,
                       max(v."Overall") - min(v."Overall") AS spread
                FROM reviewing.reviews v
                JOIN (SELECT "ReviewerId", avg("Overall")::float8 AS m, stddev_pop("Overall")::float8 AS sd
                      FROM reviewing.reviews WHERE "CallId" = {callId} AND "SubmittedAt" IS NOT NULL AND "Overall" IS NOT NULL
                      GROUP BY "ReviewerId") s ON s."ReviewerId" = v."ReviewerId"
                WHERE v."CallId" = {callId} AND v."SubmittedAt" IS NOT NULL AND v."Overall" IS NOT NULL
                GROUP BY v."SubmissionId") r ON r."SubmissionId" = x."SubmissionId"
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
