using Google.OrTools.Graph;

namespace DeepMath.Assignment;

/// <summary>
/// "Then the total": raises the sum of the scores while every paper keeps at least the lowest total T. Paper p,
/// with total S_p over its n_p new reviewers, must hold reviewers whose j-th best score is at least its current
/// j-th best less (S_p − T) / n_p, so its total stays at least T. These are nested lower bounds (at least j reviewers
/// from its pairs above the j-th threshold), which one min-cost flow holds exactly (<see cref="RequirementChains"/>).
/// The current plan is one such flow, so the cheapest is never worse. The network carries capacities only:
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
        using var flow = new MinCostFlow();
        var chains = new RequirementChains(rules, ranked, flow.AddArcWithCapacityAndUnitCost);
        var pairOfArc = new List<(int Arc, int Pair)>();
        var cuts = new int[plan.ByPaper.Select(slots => slots.Count).DefaultIfEmpty(0).Max() + 1];
        long PairCost(int pair) => -(long)Math.Round(pairs.Scores[pair] * scale);
        void Remember(int arc, int pair) => pairOfArc.Add((arc, pair));
        for (var p = 0; p < paperCount; p++)
        {
            var thresholds = plan.ByPaper[p].Where(s => s.Pair >= 0).Select(s => s.Score).OrderDescending().ToList();
            var drop = thresholds.Count == 0 ? 0 : Math.Max(0, plan.Total(p) - lowest) / thresholds.Count;
            // Requirement j + 1: that many reviewers among the pairs scoring at least the j-th best less the drop.
            var rank = ranked.Start(p);
            for (var j = 0; j < thresholds.Count; j++)
            {
                while (rank < ranked.End(p) && pairs.Scores[ranked.Order[rank]] >= thresholds[j] - drop - Tolerance)
                {
                    rank++;
                }

                cuts[j + 1] = rank - ranked.Start(p);
            }

            chains.AddPaper(p, thresholds.Count, cuts, PairCost, Remember);
        }

        var units = chains.Required;
        flow.SetNodeSupply(RequirementChains.Source, units);
        flow.SetNodeSupply(RequirementChains.Sink, -units);
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
