using Google.OrTools.Graph;

namespace DeepMath.Assignment;

/// <summary>
/// "Then the total": raises the sum of the scores while every paper keeps at least the lowest total T. Paper p,
/// with total S_p over its n_p new reviewers, must hold reviewers whose j-th best score is at least its current
/// j-th best less (S_p − T) / n_p, so its total stays at least T. These are nested lower bounds (at least j reviewers
/// from its pairs above the j-th threshold), which one min-cost flow holds exactly: reviewers → a chain of n_p nodes
/// per paper, each owing one reviewer to the sink, the j-th best pair entering the first node whose threshold it
/// meets. The current plan is one such flow, so the cheapest is never worse. The network carries capacities only:
/// with seniority, groups, minimum loads or pair rules the plan is left as it is.
/// </summary>
internal static class FairTotalPass
{
    private const double Tolerance = 1e-12;

    public static Plan Raise(Rules rules, RankedPairs ranked, Plan plan, double scale)
    {
        var pairs = rules.Pairs;
        var paperCount = plan.ByPaper.Length;
        var reviewerCount = plan.Loads.Length;
        var lowest = FairMode.Value(plan).Min;
        const int Source = 0, Sink = 1, FirstReviewer = 2;
        using var flow = new MinCostFlow();
        for (var r = 0; r < reviewerCount; r++)
        {
            var places = rules.MaxLoad(r) - pairs.KeptPerReviewer[r];
            if (places > 0)
            {
                flow.AddArcWithCapacityAndUnitCost(Source, FirstReviewer + r, places, 0);
            }
        }

        var next = FirstReviewer + reviewerCount;
        long units = 0;
        var pairOfArc = new List<(int Arc, int Pair)>();
        var thresholds = new List<double>();
        for (var p = 0; p < paperCount; p++)
        {
            thresholds.Clear();
            thresholds.AddRange(plan.ByPaper[p].Where(s => s.Pair >= 0).Select(s => s.Score).OrderDescending());
            var open = thresholds.Count;
            if (open == 0)
            {
                continue;
            }

            var drop = Math.Max(0, plan.Total(p) - lowest) / open;
            var node = 0;
            for (var i = ranked.Start(p); i < ranked.End(p); i++)
            {
                var pair = ranked.Order[i];
                while (node < open && pairs.Scores[pair] < thresholds[node] - drop - Tolerance)
                {
                    node++;
                }

                if (node == open)
                {
                    break;
                }

                var arc = flow.AddArcWithCapacityAndUnitCost(
                    FirstReviewer + pairs.Reviewers[pair], next + node, 1, -(long)Math.Round(pairs.Scores[pair] * scale));
                pairOfArc.Add((arc, pair));
            }

            for (var j = 0; j < open; j++)
            {
                flow.AddArcWithCapacityAndUnitCost(next + j, Sink, 1, 0);
                if (j + 1 < open)
                {
                    flow.AddArcWithCapacityAndUnitCost(next + j, next + j + 1, open, 0);
                }
            }

            next += open;
            units += open;
        }

        flow.SetNodeSupply(Source, units);
        flow.SetNodeSupply(Sink, -units);
        if (flow.SolveMaxFlowWithMinCost() != MinCostFlowBase.Status.OPTIMAL || flow.MaximumFlow() != units)
        {
            return plan;
        }

        var raised = new Plan(paperCount, reviewerCount);
        raised.AddKept(pairs);
        foreach (var (arc, pair) in pairOfArc)
        {
            if (flow.Flow(arc) > 0)
            {
                raised.Add(pairs.Papers[pair], pairs.Reviewers[pair], pairs.Scores[pair], pair);
            }
        }

        return raised.Objective() > plan.Objective() ? raised : plan;
    }
}
