using System.Diagnostics;
using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>The fair mode's chains of moves reach what single moves cannot, and keep loads and constraints.</summary>
public class FairChainsTests
{
    [Fact]
    public void A_chain_through_two_full_reviewers_raises_the_poorest_paper_where_single_moves_stall()
    {
        // A holds x (0.1) and wants r1, which B holds; B can replace r1 only by r2, which C holds; C can take free r3.
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1,
            Papers = [new("A", []), new("B", []), new("C", [])],
            Reviewers = [new("x", [], 1), new("r1", [], 1), new("r2", [], 1), new("r3", [], 1)],
            Affinities =
            [
                new("x", "A", 0.1), new("r1", "A", 0.9), new("r1", "B", 0.9), new("r2", "B", 0.8), new("r2", "C", 0.9), new("r3", "C", 0.7),
            ],
        };
        var (rules, plan) = Stalled(instance, ("A", "x"), ("B", "r1"), ("C", "r2"));
        var watch = Stopwatch.StartNew();

        FairLocalSearch.Improve(plan, rules, watch, TimeSpan.FromSeconds(10));
        Assert.Equal(0.1, FairMode.Value(plan).Min, 9);

        Assert.True(FairChains.Improve(plan, rules, watch, TimeSpan.FromSeconds(10)) > 0);

        Assert.Equal(0.7, FairMode.Value(plan).Min, 9);
        Assert.Equal(["r1", "r2", "r3"], Reviewers(instance, plan));
        Assert.All(plan.Loads, load => Assert.True(load <= 1));
        Assert.All(plan.ByPaper, slots => Assert.Single(slots));
    }

    [Fact]
    public void A_chain_never_breaks_a_constraint_and_stops_when_the_poorest_paper_cannot_rise()
    {
        // As above, but C may not take r3: r3 shares C's other reviewer's institution. The only chain is refused.
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 2,
            Papers = [new("A", []), new("B", []), new("C", [])],
            Reviewers =
            [
                new("x", [], 1), new("r1", [], 1), new("r2", [], 1), new("r3", [], 1) { Institution = "same" },
                new("a", [], 1), new("b", [], 1), new("c", [], 1) { Institution = "same" },
            ],
            Affinities =
            [
                new("x", "A", 0.1), new("r1", "A", 0.9), new("r1", "B", 0.9), new("r2", "B", 0.8), new("r2", "C", 0.9), new("r3", "C", 0.7),
                new("a", "A", 1), new("b", "B", 1), new("c", "C", 1),
            ],
        };
        var options = new AssignmentOptions { DistinctInstitutions = true };
        var (rules, plan) = Stalled(instance, options, ("A", "x"), ("B", "r1"), ("C", "r2"), ("A", "a"), ("B", "b"), ("C", "c"));

        Assert.Equal(0, FairChains.Improve(plan, rules, Stopwatch.StartNew(), TimeSpan.FromSeconds(10)));
        Assert.Equal(1.1, FairMode.Value(plan).Min, 9);
    }

    private static (Rules Rules, Plan Plan) Stalled(AssignmentInstance instance, params (string Paper, string Reviewer)[] slots) =>
        Stalled(instance, new AssignmentOptions(), slots);

    private static (Rules Rules, Plan Plan) Stalled(AssignmentInstance instance, AssignmentOptions options, params (string Paper, string Reviewer)[] slots)
    {
        var pairs = CandidatePairs.Build(instance);
        var model = new FlowModel(instance, pairs, options);
        var lookup = new PairLookup(pairs, instance.Papers.Count);
        var rules = new Rules(instance, options, pairs, model, lookup);
        var plan = new Plan(instance.Papers.Count, instance.Reviewers.Count);
        foreach (var (paper, reviewer) in slots)
        {
            var p = instance.Papers.ToList().FindIndex(x => x.Id == paper);
            var r = instance.Reviewers.ToList().FindIndex(x => x.Id == reviewer);
            var pair = rules.Pair(p, r);
            Assert.True(pair >= 0, $"{reviewer} on {paper} is not an allowed pair");
            plan.Add(p, r, pairs.Scores[pair], pair);
        }

        return (rules, plan);
    }

    private static List<string> Reviewers(AssignmentInstance instance, Plan plan) =>
        [.. plan.ByPaper.Select(slots => instance.Reviewers[slots.Single().Reviewer].Id)];
}
