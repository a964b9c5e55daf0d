using DeepMath.Web.Modules.Decisions.Domain;

namespace DeepMath.UnitTests.Modules.Decisions;

public sealed class CalibrationTests
{
    private static readonly Guid _harsh = Guid.NewGuid();
    private static readonly Guid _lenient = Guid.NewGuid();
    private static readonly Guid _a = Guid.NewGuid();
    private static readonly Guid _b = Guid.NewGuid();
    private static readonly Guid _c = Guid.NewGuid();

    [Fact]
    public void A_harsh_reviewers_top_score_counts_as_much_as_a_lenient_reviewers()
    {
        // Harsh scores 2, 4, 6 (mean 4, population SD √(8/3)); lenient scores 6, 8, 10 (mean 8, same SD).
        ScoredReview[] reviews =
        [
            new(_harsh, _a, 6, 5), new(_harsh, _b, 4, 5), new(_harsh, _c, 2, 5),
            new(_lenient, _a, 10, 1), new(_lenient, _b, 8, 1), new(_lenient, _c, 6, 1),
        ];

        var scores = Calibration.Compute(reviews);

        var sd = Math.Sqrt(8.0 / 3);
        Assert.Equal(2 / sd, scores[_a].Calibrated, 10);
        Assert.Equal(0, scores[_b].Calibrated, 10);
        Assert.Equal(-2 / sd, scores[_c].Calibrated, 10);
        Assert.Equal(8, scores[_a].Mean, 10);
        Assert.Equal(2, scores[_a].StdDev, 10);
        // Confidence 5 and 1: (6·5 + 10·1) / 6.
        Assert.Equal(40.0 / 6, scores[_a].WeightedMean, 10);
        Assert.Equal(4, scores[_a].Spread);
        Assert.Equal(2, scores[_a].Count);
    }

    [Fact]
    public void A_reviewer_who_gives_one_value_only_adds_zero_and_missing_confidence_weighs_one()
    {
        var flat = Guid.NewGuid();
        ScoredReview[] reviews = [new(flat, _a, 7, null), new(flat, _b, 7, null), new(_harsh, _a, 3, 3), new(_harsh, _b, 1, 3)];

        var scores = Calibration.Compute(reviews);

        // Harsh: mean 2, SD 1 → z = +1 for a, −1 for b; the flat reviewer adds 0 to each.
        Assert.Equal(0.5, scores[_a].Calibrated, 10);
        Assert.Equal(-0.5, scores[_b].Calibrated, 10);
        Assert.Equal((7 + (3 * 3)) / 4.0, scores[_a].WeightedMean, 10);
    }

    [Theory]
    [InlineData(1, 10, 4)]
    [InlineData(1, 5, 2)]
    [InlineData(0, 100, 40)]
    [InlineData(1, 2, 1)]
    public void Disagreement_is_four_tenths_of_the_scale_rounded_up(int min, int max, int spread) =>
        Assert.Equal(spread, Calibration.DisagreementSpread(min, max));
}
