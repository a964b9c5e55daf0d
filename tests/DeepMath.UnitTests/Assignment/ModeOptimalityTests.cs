using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>
/// Each mode on small instances against brute force over every assignment: max-sum and bottleneck equal
/// the brute-force optimum under the flow's constraints, fair never beats the true optimum and the true
/// optimum never beats its bound, and a reported infeasibility is real.
/// </summary>
public class ModeOptimalityTests
{
    public static TheoryData<string> ConstraintSets => ["none", "senior", "institutions", "countries", "minload"];

    [Theory]
    [MemberData(nameof(ConstraintSets))]
    public void Max_sum_and_bottleneck_equal_brute_force(string constraints)
    {
        var solved = 0;
        for (var seed = 1; seed <= 14; seed++)
        {
            var (instance, options) = Case(seed, constraints);
            var largest = ModeBruteForce.Largest(instance, options);
            var unconstrained = ModeBruteForce.Largest(WithoutMinLoads(instance), options with { RequireSenior = false });
            AssignmentResult maxSum;
            AssignmentResult bottleneck;
            try
            {
                maxSum = AssignmentSolver.Solve(instance, options);
                bottleneck = AssignmentSolver.Solve(instance, options with { Mode = AssignmentMode.Bottleneck });
            }
            catch (AssignmentInfeasibleException e)
            {
                // Real: no assignment of the largest size meets the constraint.
                Assert.True(largest.Count == 0 || largest[0].Count < unconstrained[0].Count || e.Message.Contains("distinct", StringComparison.Ordinal), e.Message);
                continue;
            }

            solved++;
            Assert.Equal(largest[0].Count, maxSum.Assigned);
            Assert.Equal(largest.Max(a => a.Sum(p => p.Score)), maxSum.Objective, 1e-9);
            Assert.Empty(ReferenceConstraints.Violations(instance, options, maxSum.Assignments));

            var best = largest.Select(a => (Lowest: a.Min(p => p.Score), Total: a.Sum(p => p.Score)))
                .OrderByDescending(v => v.Lowest).ThenByDescending(v => v.Total).First();
            Assert.Equal(largest[0].Count, bottleneck.Assigned);
            Assert.Equal(best.Lowest, bottleneck.Scores.Min(), 1e-9);
            Assert.Equal(best.Total, bottleneck.Objective, 1e-9);
            Assert.Empty(ReferenceConstraints.Violations(instance, options, bottleneck.Assignments));
        }

        Assert.True(solved >= 5, $"only {solved} instances were feasible: the test would prove little");
    }

    [Theory]
    [MemberData(nameof(ConstraintSets))]
    public void Fair_lies_between_the_brute_force_optimum_and_never_above_its_bound(string constraints)
    {
        var solved = 0;
        for (var seed = 21; seed <= 34; seed++)
        {
            var (instance, options) = Case(seed, constraints);
            AssignmentResult fair;
            try
            {
                fair = AssignmentSolver.Solve(instance, options with { Mode = AssignmentMode.Fair });
            }
            catch (AssignmentInfeasibleException)
            {
                continue;
            }

            solved++;
            var largest = ModeBruteForce.Largest(instance, options);
            var optimum = largest.Max(a => ModeBruteForce.LowestPaperTotal(instance, a));
            var lowest = AssignmentFigures.Of(instance, fair).LowestPaperTotal;
            Assert.Equal(largest[0].Count, fair.Assigned);
            Assert.True(lowest <= optimum + 1e-9, $"seed {seed}: {lowest} above the optimum {optimum}");
            Assert.True(optimum <= fair.UpperBound!.Value + 1e-9, $"seed {seed}: optimum {optimum} above the bound {fair.UpperBound}");
            Assert.Equal(Math.Max(0, (fair.UpperBound.Value - lowest) / Math.Abs(fair.UpperBound.Value) * 100), fair.GapPercent!.Value, 1e-6);
            Assert.Empty(ReferenceConstraints.Violations(instance, options, fair.Assignments));
        }

        Assert.True(solved >= 5, $"only {solved} instances were feasible");
    }

    [Fact]
    public void Fair_reaches_the_optimum_on_most_small_instances()
    {
        var exact = 0;
        for (var seed = 41; seed <= 60; seed++)
        {
            var instance = ModeBruteForce.Random(seed);
            var fair = AssignmentSolver.Solve(instance, new AssignmentOptions { Mode = AssignmentMode.Fair });
            var optimum = ModeBruteForce.FairOptimum(instance);
            exact += Math.Abs(AssignmentFigures.Of(instance, fair).LowestPaperTotal - optimum) < 1e-9 ? 1 : 0;
        }

        Assert.True(exact >= 16, $"fair reached the optimum on {exact} of 20 instances");
    }

    private static AssignmentInstance WithoutMinLoads(AssignmentInstance instance) => new()
    {
        ReviewsPerPaper = instance.ReviewsPerPaper,
        Papers = instance.Papers,
        Reviewers = [.. instance.Reviewers.Select(r => r with { MinLoad = 0 })],
        Affinities = instance.Affinities,
    };

    private static (AssignmentInstance Instance, AssignmentOptions Options) Case(int seed, string constraints)
    {
        var instance = ModeBruteForce.Random(seed);
        if (constraints == "minload")
        {
            instance = new AssignmentInstance
            {
                ReviewsPerPaper = instance.ReviewsPerPaper,
                Papers = instance.Papers,
                Reviewers = [.. instance.Reviewers.Select((r, i) => i < 2 ? r with { MinLoad = 1 } : r)],
                Affinities = instance.Affinities,
            };
        }

        var options = constraints switch
        {
            "senior" => new AssignmentOptions { RequireSenior = true },
            "institutions" => new AssignmentOptions { DistinctInstitutions = true },
            "countries" => new AssignmentOptions { DistinctCountries = true },
            _ => new AssignmentOptions(),
        };
        return (instance, options);
    }
}
