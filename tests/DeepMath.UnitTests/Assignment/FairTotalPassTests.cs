using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>
/// Fair mode's "then the total": the pass raises the sum of the scores and never lets a paper fall below the
/// lowest total it was given, nor a reviewer above capacity, nor a paper's number of reviewers change.
/// </summary>
public class FairTotalPassTests
{
    [Fact]
    public void A_rich_paper_keeps_its_reviewer_and_the_poorest_takes_the_free_better_one()
    {
        // k = 1: p1 holds Ada (0.9); p2 holds Cy (0.0) while Bo (0.3 for p2) is free. The lowest total is 0.0,
        // and the best total keeping it is p1–Ada, p2–Bo.
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1,
            Papers = [new Paper("p1", []), new Paper("p2", [])],
            Reviewers = [new Reviewer("ada", [], 1), new Reviewer("bo", [], 1), new Reviewer("cy", [], 1)],
            Affinities =
            [
                new Affinity("ada", "p1", 0.9), new Affinity("bo", "p1", 0.2), new Affinity("cy", "p1", 0.1),
                new Affinity("ada", "p2", 0.5), new Affinity("bo", "p2", 0.3), new Affinity("cy", "p2", 0.0),
            ],
        };
        var rules = FairBoundTests.RulesOf(instance);
        var plan = new Plan(2, 3);
        plan.Add(0, 0, 0.9, rules.Pair(0, 0));
        plan.Add(1, 2, 0.0, rules.Pair(1, 2));

        var raised = FairTotalPass.Raise(rules, new RankedPairs(rules), plan, 1e6);

        Assert.Equal(1.2, raised.Objective(), 9);
        Assert.True(raised.Has(0, 0) && raised.Has(1, 1));
    }

    [Fact]
    public void The_pass_keeps_the_lowest_total_loads_and_counts_and_never_lowers_the_sum()
    {
        var raisedSome = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var instance = ModeBruteForce.Random(seed, paperCount: 6, reviewerCount: 7, k: 2);
            var rules = FairBoundTests.RulesOf(instance);
            var plan = RandomPlan(rules, instance, new Random(seed));
            var before = FairMode.Value(plan);

            var raised = FairTotalPass.Raise(rules, new RankedPairs(rules), plan, 1e6);

            var after = FairMode.Value(raised);
            Assert.True(after.Min >= before.Min - 1e-9, $"seed {seed}: lowest total {after.Min} below {before.Min}");
            Assert.True(after.Total >= before.Total - 1e-9, $"seed {seed}: total {after.Total} below {before.Total}");
            for (var p = 0; p < instance.Papers.Count; p++)
            {
                Assert.Equal(plan.ByPaper[p].Count, raised.ByPaper[p].Count);
                Assert.Equal(raised.ByPaper[p].Count, raised.ByPaper[p].Select(s => s.Reviewer).Distinct().Count());
            }

            for (var r = 0; r < instance.Reviewers.Count; r++)
            {
                Assert.True(raised.Loads[r] <= instance.Reviewers[r].MaxLoad, $"seed {seed}: reviewer {r} over capacity");
            }

            raisedSome += after.Total > before.Total + 1e-9 ? 1 : 0;
        }

        Assert.True(raisedSome >= 20, $"the pass raised the total of only {raisedSome} of 40 random plans");
    }

    /// <summary>Each paper takes random eligible reviewers with room, up to k.</summary>
    private static Plan RandomPlan(Rules rules, AssignmentInstance instance, Random random)
    {
        var plan = new Plan(instance.Papers.Count, instance.Reviewers.Count);
        for (var p = 0; p < instance.Papers.Count; p++)
        {
            var candidates = Enumerable.Range(rules.Lookup.Start(p), rules.Lookup.End(p) - rules.Lookup.Start(p))
                .Where(i => rules.Model.PairArc[i] >= 0).OrderBy(_ => random.Next()).ToList();
            foreach (var i in candidates)
            {
                var r = rules.Pairs.Reviewers[i];
                if (plan.ByPaper[p].Count < instance.ReviewsPerPaper && plan.Loads[r] < rules.MaxLoad(r))
                {
                    plan.Add(p, r, rules.Pairs.Scores[i], i);
                }
            }
        }

        return plan;
    }
}
