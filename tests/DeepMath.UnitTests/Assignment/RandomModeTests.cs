using DeepMath.Assignment;
using Google.OrTools.LinearSolver;

namespace DeepMath.UnitTests.Assignment;

/// <summary>
/// The randomized mode: its fractional optimum equals an independent linear program with every pair
/// capped at Q, sampled assignments reproduce the pair probabilities over many seeds, and a seed
/// always gives the same assignment.
/// </summary>
public class RandomModeTests
{
    private const double Q = 0.5;

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_fractional_optimum_equals_the_capped_linear_program(int seed)
    {
        var instance = ModeBruteForce.Random(seed, paperCount: 8, reviewerCount: 9, k: 3);
        var result = AssignmentSolver.Solve(instance, new AssignmentOptions { Mode = AssignmentMode.Random, MaxPairProbability = Q, Seed = 1 });

        var (count, score) = CappedLinearOptimum(instance, Q);
        Assert.Equal(count, result.Probabilities.Sum(p => p.Probability), 1e-9);
        Assert.Equal(score, result.ExpectedObjective!.Value, 1e-6);
        Assert.All(result.Probabilities, p => Assert.InRange(p.Probability, 0, Q));
        Assert.Equal(result.Probabilities.Max(p => p.Probability), result.MaxPairProbability!.Value, 1e-12);
    }

    [Fact]
    public void Sampled_marginals_match_the_fractional_solution_and_no_pair_exceeds_q()
    {
        const int Samples = 3000;
        var instance = ModeBruteForce.Random(7, paperCount: 6, reviewerCount: 8, k: 2);
        var options = new AssignmentOptions { Mode = AssignmentMode.Random, MaxPairProbability = 0.7 };
        var first = AssignmentSolver.Solve(instance, options with { Seed = 0 });
        var counts = new Dictionary<ReviewAssignment, int>();
        var scoring = new ReferenceScoring(instance);
        for (var seed = 0; seed < Samples; seed++)
        {
            var sample = AssignmentSolver.Solve(instance, options with { Seed = seed });
            scoring.AssertFeasible(sample);
            Assert.Empty(ReferenceConstraints.Violations(instance, options, sample.Assignments));
            foreach (var pair in sample.Assignments)
            {
                counts[pair] = counts.GetValueOrDefault(pair) + 1;
            }
        }

        var probability = first.Probabilities.ToDictionary(p => new ReviewAssignment(p.Reviewer, p.Paper), p => p.Probability);
        Assert.Contains(probability.Values, p => p is > 0.05 and < 0.65); // some pairs are truly random
        foreach (var (pair, count) in counts)
        {
            Assert.True(probability.ContainsKey(pair), $"{pair} was sampled but has probability 0");
        }

        foreach (var (pair, p) in probability)
        {
            Assert.True(p <= 0.7 + 1e-12);
            var observed = (double)counts.GetValueOrDefault(pair) / Samples;
            var sigma = Math.Sqrt(p * (1 - p) / Samples);
            Assert.True(Math.Abs(observed - p) <= (5 * sigma) + 1e-9, $"{pair}: sampled {observed:F4}, probability {p:F4}");
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_assignment_and_reports_it()
    {
        var instance = ModeBruteForce.Random(9, paperCount: 10, reviewerCount: 10, k: 3);
        var options = new AssignmentOptions { Mode = AssignmentMode.Random, MaxPairProbability = 0.4, Seed = 12345 };

        var a = AssignmentSolver.Solve(instance, options);
        var b = AssignmentSolver.Solve(instance, options);
        var drawn = AssignmentSolver.Solve(instance, options with { Seed = null });

        Assert.Equal(12345, a.Seed);
        Assert.Equal(a.Assignments, b.Assignments);
        Assert.NotNull(drawn.Seed);
        Assert.Equal(drawn.Assignments, AssignmentSolver.Solve(instance, options with { Seed = drawn.Seed }).Assignments);
    }

    /// <summary>Most reviews, then highest score, of the LP with 0 ≤ x ≤ q (GLOP, a different algorithm from the flow).</summary>
    private static (double Count, double Score) CappedLinearOptimum(AssignmentInstance instance, double q)
    {
        var scoring = new ReferenceScoring(instance);
        using var solver = Solver.CreateSolver("GLOP");
        var paperRows = instance.Papers.ToDictionary(p => p.Id, _ => solver.MakeConstraint(0, instance.ReviewsPerPaper));
        var reviewerRows = instance.Reviewers.ToDictionary(r => r.Id, r => solver.MakeConstraint(0, r.MaxLoad));
        var variables = new List<(Variable X, double Score)>();
        foreach (var paper in instance.Papers)
        {
            foreach (var reviewer in instance.Reviewers.Where(r => scoring.IsEligible(r.Id, paper.Id)))
            {
                var x = solver.MakeNumVar(0, q, $"{reviewer.Id}-{paper.Id}");
                paperRows[paper.Id].SetCoefficient(x, 1);
                reviewerRows[reviewer.Id].SetCoefficient(x, 1);
                variables.Add((x, scoring.Score(reviewer.Id, paper.Id)));
            }
        }

        var objective = solver.Objective();
        objective.SetMaximization();
        variables.ForEach(v => objective.SetCoefficient(v.X, 1));
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        var count = objective.Value();
        var countRow = solver.MakeConstraint(count - 1e-9, double.PositiveInfinity);
        variables.ForEach(v => countRow.SetCoefficient(v.X, 1));
        variables.ForEach(v => objective.SetCoefficient(v.X, v.Score));
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        return (count, objective.Value());
    }
}
