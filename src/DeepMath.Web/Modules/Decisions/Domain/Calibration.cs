namespace DeepMath.Web.Modules.Decisions.Domain;

public sealed record ScoredReview(Guid ReviewerId, Guid SubmissionId, int Overall, int? Confidence);

public sealed record CalibratedScore(Guid SubmissionId, int Count, double Mean, double StdDev, double WeightedMean, double Calibrated, int Spread);

/// <summary>
/// Scores made comparable across reviewers: a harsh reviewer's 6 may be a lenient one's 8. Each overall
/// score is standardized against its reviewer's own scores in the call (z = (x − mean) / spread, with the
/// population standard deviation), and a submission's calibrated score is the mean of its z-scores. A
/// reviewer whose scores are all equal says nothing about ranking, so their z-scores are 0. The dashboard
/// computes the same in SQL; this is the reference the tests hold it to.
/// </summary>
public static class Calibration
{
    /// <summary>Reviewers disagree strongly when their overall scores are this share of the scale apart (4 points on 1–10).</summary>
    public const double DisagreementShare = 0.4;

    public static int DisagreementSpread(int scaleMin, int scaleMax) => Math.Max(1, (int)Math.Ceiling((scaleMax - scaleMin) * DisagreementShare));

    public static IReadOnlyDictionary<Guid, CalibratedScore> Compute(IReadOnlyCollection<ScoredReview> reviews)
    {
        var byReviewer = reviews.GroupBy(r => r.ReviewerId).ToDictionary(g => g.Key, g =>
        {
            var mean = g.Average(r => (double)r.Overall);
            var sd = Math.Sqrt(g.Average(r => Math.Pow(r.Overall - mean, 2)));
            return (Mean: mean, StdDev: sd);
        });
        return reviews.GroupBy(r => r.SubmissionId).ToDictionary(g => g.Key, g =>
        {
            var scores = g.Select(r => (double)r.Overall).ToList();
            var mean = scores.Average();
            var sd = Math.Sqrt(scores.Average(x => Math.Pow(x - mean, 2)));
            var weights = g.Sum(r => (double)(r.Confidence ?? 1));
            var weighted = g.Sum(r => r.Overall * (double)(r.Confidence ?? 1)) / weights;
            var calibrated = g.Average(r => byReviewer[r.ReviewerId] is var s && s.StdDev > 0 ? (r.Overall - s.Mean) / s.StdDev : 0);
            return new CalibratedScore(g.Key, scores.Count, mean, sd, weighted, calibrated, g.Max(r => r.Overall) - g.Min(r => r.Overall));
        });
    }
}
