using DeepMath.Assignment;
using Google.OrTools.LinearSolver;

namespace DeepMath.UnitTests.Assignment;

/// <summary>
/// The fair mode's bound: whatever weights it comes from, the certifying flow makes it at least the true optimum
/// (brute force); with the relaxation's own prices it is the LP relaxation's value (an independent LP over every
/// pair), which is never above the plain bound of each paper's best k scores. The counting bound never refutes a
/// value an assignment reaches, and goes below the LP relaxation where a scarce reviewer would have to be shared.
/// </summary>
public class FairBoundTests
{
    [Fact]
    public void A_bound_certified_from_any_weights_is_at_least_the_brute_force_optimum()
    {
        var random = new Random(7);
        for (var seed = 1; seed <= 40; seed++)
        {
            var instance = ModeBruteForce.Random(seed);
            var optimum = ModeBruteForce.FairOptimum(instance);
            var rules = RulesOf(instance);
            var papers = instance.Papers.Count;
            // Deliberately poor weights too: all on one paper (the richest included), uniform, random.
            var weightSets = Enumerable.Range(0, papers).Select(p => Enumerable.Range(0, papers).Select(q => q == p ? 1.0 : 0).ToArray()).ToList();
            weightSets.Add([.. Enumerable.Repeat(1.0, papers)]);
            weightSets.Add([.. Enumerable.Range(0, papers).Select(_ => random.NextDouble() + 1e-6)]);
            foreach (var weights in weightSets)
            {
                var (bound, _) = FairMode.Certify(rules, weights, Scale(rules));
                Assert.True(bound >= optimum - 1e-9, $"seed {seed}: bound {bound} from weights [{string.Join(", ", weights)}] is below the optimum {optimum}");
            }
        }
    }

    [Fact]
    public void A_reduced_relaxation_is_no_bound_but_the_prices_it_gives_are_certified_into_one()
    {
        var below = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var instance = ModeBruteForce.Random(seed);
            var optimum = ModeBruteForce.FairOptimum(instance);
            var rules = RulesOf(instance);
            var start = Plan.FromFlow(rules.Pairs, rules.Model, FlowSolver.MinCost(rules.Model, 1, 1, i => -(long)Math.Round(rules.Pairs.Scores[i] * 1e6)), 1);
            // Each paper's single best pair beside the start plan's: the LP misses pairs the optimum may need.
            var lp = FairLp.Solve(rules, start, 1, TimeSpan.FromSeconds(10));
            Assert.NotNull(lp);
            below += lp.Value < optimum - 1e-9 ? 1 : 0;
            var (bound, _) = FairMode.Certify(rules, lp.Weights, Scale(rules));
            Assert.True(bound >= optimum - 1e-9, $"seed {seed}: certified bound {bound} below the optimum {optimum}");
        }

        Assert.True(below > 0, "no reduced relaxation fell below the optimum: the test would not show why the bound is certified");
    }

    [Fact]
    public void The_bound_is_never_above_the_linear_relaxation_nor_the_plain_bound_and_sometimes_below_both()
    {
        var checkedCount = 0;
        var belowPlain = 0;
        var belowRelaxation = 0;
        for (var seed = 1; seed <= 12; seed++)
        {
            var instance = Contended(new Random(seed), papers: 24, reviewers: 16, k: 3);
            var fair = AssignmentSolver.Solve(instance, new AssignmentOptions { Mode = AssignmentMode.Fair });
            if (fair.Assigned < instance.Papers.Count * instance.ReviewsPerPaper)
            {
                continue;
            }

            checkedCount++;
            var relaxation = LinearRelaxation(instance);
            var plain = PlainBound(instance);
            var bound = fair.UpperBound!.Value;
            var lowest = AssignmentFigures.Of(instance, fair).LowestPaperTotal;
            Assert.True(bound <= relaxation + 1e-6, $"seed {seed}: bound {bound} above the linear relaxation {relaxation}");
            Assert.True(bound <= plain + 1e-9, $"seed {seed}: bound {bound} above the plain bound {plain}");
            Assert.True(lowest <= bound + 1e-9, $"seed {seed}: lowest paper total {lowest} above the bound {bound}");
            belowPlain += bound < plain - 1e-6 ? 1 : 0;
            belowRelaxation += bound < relaxation - 1e-6 ? 1 : 0;
        }

        Assert.True(checkedCount >= 6, $"only {checkedCount} instances filled every paper");
        Assert.True(belowPlain > 0, "capacity never bound: the bound was never below the plain bound");
        Assert.True(belowRelaxation > 0, "the counting bound never went below the linear relaxation");
    }

    [Fact]
    public void The_counting_bound_never_refutes_what_an_assignment_reaches()
    {
        var refutedSomething = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var instance = ModeBruteForce.Random(seed);
            var optimum = ModeBruteForce.FairOptimum(instance);
            var rules = RulesOf(instance);
            var counts = new FairCountBound(rules, new RankedPairs(rules), instance.ReviewsPerPaper);

            Assert.True(counts.Passes(optimum), $"seed {seed}: the counting check refutes the optimum {optimum}");
            var bound = counts.Search(optimum - 1, optimum + 10, () => true);
            Assert.True(bound >= optimum, $"seed {seed}: counting bound {bound} below the optimum {optimum}");
            refutedSomething += bound < optimum + 10 ? 1 : 0;
        }

        Assert.True(refutedSomething > 30, $"the counting check refuted a target on only {refutedSomething} of 40 instances");
    }

    [Fact]
    public void One_strong_reviewer_for_two_papers_is_not_shared_in_halves()
    {
        // k = 1: both papers want Ada (score 1), who can take one; Bo (score 0) takes the other. The best
        // assignment leaves a paper at 0, the LP relaxation gives each half of Ada (0.5), the plain bound 1.
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1,
            Papers = [new Paper("p1", []), new Paper("p2", [])],
            Reviewers = [new Reviewer("ada", [], 1), new Reviewer("bo", [], 1)],
            Affinities = [new Affinity("ada", "p1", 1), new Affinity("ada", "p2", 1), new Affinity("bo", "p1", 0), new Affinity("bo", "p2", 0)],
        };

        Assert.Equal(0.5, LinearRelaxation(instance), 6);
        var fair = AssignmentSolver.Solve(instance, new AssignmentOptions { Mode = AssignmentMode.Fair });

        Assert.Equal(0, AssignmentFigures.Of(instance, fair).LowestPaperTotal);
        Assert.InRange(fair.UpperBound!.Value, 0, 1e-3);
    }

    [Fact]
    public void A_paper_must_hold_enough_of_its_best_reviewers_to_reach_a_goal()
    {
        // Scores 1.0, 0.9, 0.5, 0.2 and two places: 1.2 needs one of the best two (0.5 + 0.2 is short) and two
        // reviewers in all (no single score reaches it); 1.6 needs the best and both of the best two; 2.0 is out of reach.
        double[] scores = [1.0, 0.9, 0.5, 0.2];
        var prefix = new double[5];
        var positive = new double[5];
        for (var i = 0; i < 4; i++)
        {
            prefix[i + 1] = prefix[i] + scores[i];
            positive[i + 1] = positive[i] + scores[i];
        }

        var cuts = new int[3];
        Assert.Equal(2, FairCountBound.Requirements(scores, prefix, positive, 4, 2, 1.2, cuts));
        Assert.Equal([2, 4], cuts[1..3]);
        Assert.Equal(2, FairCountBound.Requirements(scores, prefix, positive, 4, 2, 1.6, cuts));
        Assert.Equal([1, 2], cuts[1..3]);
        Assert.Equal(-1, FairCountBound.Requirements(scores, prefix, positive, 4, 2, 2.0, cuts));
    }

    internal static Rules RulesOf(AssignmentInstance instance)
    {
        var options = AssignmentOptions.Default;
        var pairs = CandidatePairs.Build(instance);
        var model = new FlowModel(instance, pairs, options);
        return new Rules(instance, options, pairs, model, new PairLookup(pairs, instance.Papers.Count));
    }

    private static double Scale(Rules rules) => 1e9 / Math.Max(1e-9, rules.Pairs.Scores.Max(Math.Abs));

    /// <summary>Reviewers fewer than papers with room for about 1.1 times the reviews wanted, and scores that favour a few reviewers.</summary>
    private static AssignmentInstance Contended(Random random, int papers, int reviewers, int k)
    {
        var average = 1.1 * papers * k / reviewers;
        var reviewerList = Enumerable.Range(1, reviewers).Select(i => new Reviewer($"r{i}", [], random.Next(2, (int)Math.Round(2 * average) - 1))).ToList();
        var popularity = reviewerList.Select(_ => random.NextDouble()).ToArray();
        var affinities = new List<Affinity>();
        for (var p = 1; p <= papers; p++)
        {
            for (var r = 0; r < reviewers; r++)
            {
                if (random.Next(10) < 7)
                {
                    affinities.Add(new Affinity(reviewerList[r].Id, $"p{p}", Math.Round((0.6 * popularity[r]) + (0.4 * random.NextDouble()), 3)));
                }
            }
        }

        return new AssignmentInstance
        {
            ReviewsPerPaper = k,
            Papers = [.. Enumerable.Range(1, papers).Select(i => new Paper($"p{i}", []))],
            Reviewers = reviewerList,
            Affinities = affinities,
        };
    }

    /// <summary>max t: every paper's total at least t, k reviews each, loads within capacity, 0 ≤ x ≤ 1 (GLOP, every eligible pair).</summary>
    private static double LinearRelaxation(AssignmentInstance instance)
    {
        var scoring = new ReferenceScoring(instance);
        using var solver = Solver.CreateSolver("GLOP");
        var t = solver.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "t");
        var load = instance.Reviewers.ToDictionary(r => r.Id, r => solver.MakeConstraint(0, r.MaxLoad));
        foreach (var paper in instance.Papers)
        {
            var total = solver.MakeConstraint(0, double.PositiveInfinity);
            total.SetCoefficient(t, -1);
            var count = solver.MakeConstraint(instance.ReviewsPerPaper, instance.ReviewsPerPaper);
            foreach (var reviewer in instance.Reviewers.Where(r => scoring.IsEligible(r.Id, paper.Id)))
            {
                var x = solver.MakeNumVar(0, 1, string.Empty);
                total.SetCoefficient(x, scoring.Score(reviewer.Id, paper.Id));
                count.SetCoefficient(x, 1);
                load[reviewer.Id].SetCoefficient(x, 1);
            }
        }

        solver.Objective().SetCoefficient(t, 1);
        solver.Objective().SetMaximization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        return t.SolutionValue();
    }

    private static double PlainBound(AssignmentInstance instance)
    {
        var scoring = new ReferenceScoring(instance);
        return instance.Papers.Min(p => instance.Reviewers.Where(r => scoring.IsEligible(r.Id, p.Id))
            .Select(r => scoring.Score(r.Id, p.Id)).OrderDescending().Take(instance.ReviewsPerPaper).Sum());
    }
}
