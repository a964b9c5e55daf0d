using System.Diagnostics;

namespace DeepMath.Assignment;

/// <summary>
/// Fair to the worst-off paper: the highest lowest paper total, then the total. NP-hard exactly, so the
/// answer is the best of several assignments improved by local search (single moves, then chains of moves),
/// with a proved upper bound.
/// The bound is Lagrangian: for weights μ ≥ 0, min_p S_p(x*) ≤ Σ μ_p S_p(x*) / Σ μ ≤ max over flows of the same,
/// one min-cost flow with pair scores weighted by their paper's μ (the network's polytope is integral,
/// so the flow is the LP maximum). Weights move towards the papers that come out poorest (exponentiated
/// subgradient steps), each flow is also a candidate assignment, and the bound is never above the plain
/// one, each paper's best k eligible scores.
/// </summary>
internal static class FairMode
{
    private const int MaxIterations = 40;

    public static (Plan Plan, double Bound) Solve(
        Rules rules, AssignmentInstance instance, Plan start, double scale, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var pairs = rules.Pairs;
        var model = rules.Model;
        var paperCount = instance.Papers.Count;
        var bound = PlainBound(rules, instance, start);
        if (paperCount == 0)
        {
            return (start, 0);
        }

        // Local search from max-sum first: when it meets the plain bound, no flow needs to run.
        var best = start.Copy();
        Improve(best, rules, watch, limit * 0.3);
        var bestValue = Value(best);
        if (bestValue.Min >= bound - 1e-9)
        {
            return (best, bound);
        }

        var maxScore = Math.Max(1e-9, pairs.Scores.Count == 0 ? 1 : pairs.Scores.Max(Math.Abs));
        var range = Math.Max(1e-9, instance.ReviewsPerPaper * maxScore);
        var weights = new double[paperCount];
        Array.Fill(weights, 1.0);
        var totals = Totals(best);
        for (var iteration = 1; iteration <= MaxIterations && watch.Elapsed < limit * 0.7; iteration++)
        {
            // Step: μ_p ← μ_p · exp(−η (S_p − min S) / range), η shrinking as 1/√t.
            var min = totals.Min();
            var eta = 8.0 / Math.Sqrt(iteration);
            var top = 0.0;
            for (var p = 0; p < paperCount; p++)
            {
                weights[p] *= Math.Exp(-eta * (totals[p] - min) / range);
                top = Math.Max(top, weights[p]);
            }

            for (var p = 0; p < paperCount; p++)
            {
                weights[p] = Math.Max(weights[p] / top, 1e-12);
            }

            var flow = FlowSolver.MinCost(model, 1, 1, i => -(long)Math.Round(weights[pairs.Papers[i]] * pairs.Scores[i] * scale));
            var plan = Plan.FromFlow(pairs, model, flow, 1);
            totals = Totals(plan);
            long units = 0;
            foreach (var arc in model.PairArc)
            {
                units += arc >= 0 ? flow[arc] : 0;
            }

            // The flow is optimal for rounded weights: each of its units and of the true optimum's is off by
            // at most 0.5 / scale, so the true maximum is at most units / scale above what this flow reaches.
            var weighted = 0.0;
            var weightSum = 0.0;
            for (var p = 0; p < paperCount; p++)
            {
                weighted += weights[p] * totals[p];
                weightSum += weights[p];
            }

            bound = Math.Min(bound, (weighted + (units / scale)) / weightSum);
            var value = Value(plan);
            if (Better(value, bestValue))
            {
                Improve(plan, rules, watch, limit * 0.7);
                if (Better(Value(plan), bestValue))
                {
                    (best, bestValue) = (plan, Value(plan));
                }
            }

            if (bound - bestValue.Min <= 1e-9)
            {
                break;
            }
        }

        Improve(best, rules, watch, limit);
        return (best, Math.Max(bound, Value(best).Min));
    }

    /// <summary>Single moves first (cheap), then chains of moves, which reach where single moves stall.</summary>
    private static void Improve(Plan plan, Rules rules, Stopwatch watch, TimeSpan limit)
    {
        FairLocalSearch.Improve(plan, rules, watch, limit);
        if (FairChains.Improve(plan, rules, watch, limit) > 0)
        {
            FairLocalSearch.Improve(plan, rules, watch, limit);
        }
    }

    public static (double Min, double Total) Value(Plan plan)
    {
        var min = double.PositiveInfinity;
        var total = 0.0;
        for (var p = 0; p < plan.ByPaper.Length; p++)
        {
            var sum = plan.Total(p);
            min = Math.Min(min, sum);
            total += sum;
        }

        return (plan.ByPaper.Length == 0 ? 0 : min, total);
    }

    private static bool Better((double Min, double Total) a, (double Min, double Total) b) =>
        a.Min > b.Min + 1e-9 || (Math.Abs(a.Min - b.Min) <= 1e-9 && a.Total > b.Total + 1e-9);

    private static double[] Totals(Plan plan)
    {
        var totals = new double[plan.ByPaper.Length];
        for (var p = 0; p < totals.Length; p++)
        {
            totals[p] = plan.Total(p);
        }

        return totals;
    }

    /// <summary>No paper can do better than its kept reviewers plus its best remaining eligible scores, up to the count the max flow gives it.</summary>
    private static double PlainBound(Rules rules, AssignmentInstance instance, Plan start)
    {
        var bound = double.PositiveInfinity;
        for (var p = 0; p < instance.Papers.Count; p++)
        {
            var kept = start.ByPaper[p].Where(s => s.Pair < 0).ToList();
            var open = Math.Max(0, instance.ReviewsPerPaper - kept.Count);
            var scores = new List<double>();
            for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
            {
                if (rules.Model.PairArc[i] >= 0)
                {
                    scores.Add(rules.Pairs.Scores[i]);
                }
            }

            scores.Sort((a, b) => b.CompareTo(a));
            bound = Math.Min(bound, kept.Sum(s => s.Score) + scores.Take(open).Where(s => s > 0).Sum());
        }

        return bound;
    }
}
