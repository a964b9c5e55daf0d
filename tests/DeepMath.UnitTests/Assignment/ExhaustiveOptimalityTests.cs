using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

public class ExhaustiveOptimalityTests
{
    private static readonly string[] Topics = ["Optimization", "Generalization", "Expressivity", "Computation"];

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void Solver_matches_exhaustive_search_on_random_small_instances(int seed, bool withAffinities)
    {
        var random = new Random(seed);
        var shortOfK = 0;
        var negativeScoresTaken = 0;
        var withExisting = 0;
        for (var round = 0; round < 150; round++)
        {
            // Odd seeds give affinities with 3 decimals, which the solver scales exactly; even seeds full
            // doubles, which it has to round.
            var instance = RandomInstance(random, withAffinities, affinityDecimals: seed % 2 == 1 ? 3 : 15);
            var expected = ExhaustiveSearch.Optimum(instance);

            var result = AssignmentSolver.Solve(instance);

            var scoring = new ReferenceScoring(instance);
            scoring.AssertFeasible(result);
            Assert.Equal(expected.Assigned, result.Assigned);
            Assert.Equal(expected.Objective, result.Objective, 1e-6);
            Assert.Equal(instance.Papers.Count(p => result.Assignments.Count(a => a.Paper == p.Id) < instance.ReviewsPerPaper), result.Shortfalls.Count);
            Assert.Subset(result.Assignments.ToHashSet(), instance.ExistingAssignments.ToHashSet());
            withExisting += instance.ExistingAssignments.Count > 0 ? 1 : 0;
            shortOfK += result.Shortfalls.Count > 0 ? 1 : 0;
            negativeScoresTaken += result.Assignments.Any(a => scoring.Score(a.Reviewer, a.Paper) < 0) ? 1 : 0;
        }

        // The random instances must reach the interesting cases: short papers and cardinality bought with negative scores.
        Assert.True(shortOfK > 10, $"only {shortOfK} instances were short of k");
        Assert.True(negativeScoresTaken > 5, $"only {negativeScoresTaken} instances took a negative score");
        Assert.True(withExisting > 10, $"only {withExisting} instances kept existing assignments");
    }

    private static AssignmentInstance RandomInstance(Random random, bool withAffinities, int affinityDecimals)
    {
        var papers = Enumerable.Range(1, random.Next(1, 5))
            .Select(i => new Paper($"p{i}", Topics.Where(_ => random.Next(2) == 0).ToList()))
            .ToList();
        var reviewers = Enumerable.Range(1, random.Next(1, 5))
            .Select(i => new Reviewer($"r{i}", Topics.Where(_ => random.Next(2) == 0).ToList(), random.Next(0, 4)))
            .ToList();
        var bids = new List<Bid>();
        var conflicts = new List<Conflict>();
        var affinities = new List<Affinity>();
        foreach (var paper in papers)
        {
            foreach (var reviewer in reviewers)
            {
                if (random.Next(3) == 0)
                {
                    bids.Add(new Bid(reviewer.Id, paper.Id, random.Next(-2, 3)));
                }

                if (random.Next(8) == 0)
                {
                    conflicts.Add(new Conflict(reviewer.Id, paper.Id));
                }

                if (withAffinities && random.Next(3) > 0)
                {
                    affinities.Add(new Affinity(reviewer.Id, paper.Id, Math.Round(random.NextDouble(), affinityDecimals)));
                }
            }
        }

        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = random.Next(1, 4),
            BidWeight = random.Next(2) == 0 ? 0.25 : 1.0,
            Papers = papers,
            Reviewers = reviewers,
            Bids = bids,
            Conflicts = conflicts,
            Affinities = withAffinities ? affinities : null,
        };

        // A re-run keeps up to two earlier assignments, chosen among allowed pairs, as if an organizer had made them.
        var scoring = new ReferenceScoring(instance);
        var allowed = (from p in papers from r in reviewers where scoring.IsEligible(r.Id, p.Id) select new ReviewAssignment(r.Id, p.Id)).ToList();
        var existing = allowed.OrderBy(_ => random.Next()).Take(random.Next(3) == 0 ? random.Next(1, 3) : 0).ToList();
        return new AssignmentInstance
        {
            ReviewsPerPaper = instance.ReviewsPerPaper,
            BidWeight = instance.BidWeight,
            Papers = papers,
            Reviewers = reviewers,
            Bids = bids,
            Conflicts = conflicts,
            Affinities = instance.Affinities,
            ExistingAssignments = existing,
        };
    }
}
