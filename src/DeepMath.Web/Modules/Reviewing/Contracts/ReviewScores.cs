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

/// <summary>How many reviews a call has assigned, and how many of them are submitted.</summary>
public sealed record ReviewTally(int Assigned, int Submitted);

/// <summary>
/// The Reviewing module's public face for decisions: every submission's figures as a query over the call's
/// computed score table (kept fresh by <see cref="ScoreTable.ScoreRefresh"/>), so that another module can join,
/// sort and page on them in the database (no N+1, and no aggregate over every review on each page view).
/// </summary>
public sealed class ReviewScores(IReviewingData db, ScoreTable.ScoreRefresh table)
{
    /// <param name="disagreementSpread">The spread of overall scores from which two or more reviews disagree.</param>
    public async Task<IQueryable<SubmissionScore>> ForCallAsync(Guid callId, int disagreementSpread, CancellationToken cancellationToken = default)
    {
        await table.EnsureFreshAsync(callId, cancellationToken);
        return db.ComputedScores.AsNoTracking().Where(c => c.CallId == callId).Select(c => new SubmissionScore
        {
            SubmissionId = c.SubmissionId, Assigned = c.Assigned, Done = c.Done, Mean = c.Mean, StdDev = c.StdDev,
            WeightedMean = c.WeightedMean, Calibrated = c.Calibrated, Disagree = c.Done >= 2 && c.Spread >= disagreementSpread,
        });
    }

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
    public async Task<ReviewTally> ProgressAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var assigned = await db.Assignments.CountAsync(a => a.CallId == callId, cancellationToken);
        var submitted = await db.Reviews.CountAsync(r => r.CallId == callId && r.SubmittedAt != null, cancellationToken);
        return new ReviewTally(assigned, submitted);
    }
}
