using Google.OrTools.Graph;

namespace DeepMath.Assignment;

/// <summary>Runs OR-Tools on a <see cref="FlowModel"/>: the cheapest maximum flow, or whether a flow of a given size exists.</summary>
internal static class FlowSolver
{
    /// <summary>
    /// The cheapest maximum flow with every capacity multiplied by <paramref name="unit"/> (pair arcs get
    /// <paramref name="pairCapacity"/> units instead, or none when <paramref name="allowed"/> says no).
    /// A bonus arc costs minus (2 × the largest pair cost × (reviewers + 1) + 1): a cycle visits each
    /// reviewer once, so it crosses at most 2 × reviewers pair arcs, and no score change can outweigh one bonus.
    /// </summary>
    public static long[] MinCost(FlowModel model, long unit, long pairCapacity, Func<int, long> pairCost, Func<int, bool>? allowed = null)
    {
        long maxCost = 1;
        for (var arc = 0; arc < model.ArcCount; arc++)
        {
            if (model.Kind(arc) == ArcKind.Pair)
            {
                maxCost = Math.Max(maxCost, Math.Abs(pairCost(model.Subject[arc])));
            }
        }

        var bonus = checked((2 * maxCost * (model.ReviewerCount + 1)) + 1);
        using var flow = new MinCostFlow(model.NodeCount, model.ArcCount);
        for (var arc = 0; arc < model.ArcCount; arc++)
        {
            var kind = model.Kind(arc);
            var (capacity, cost) = kind switch
            {
                ArcKind.Pair => allowed is null || allowed(model.Subject[arc]) ? (pairCapacity, pairCost(model.Subject[arc])) : (0L, 0L),
                ArcKind.SeniorBonus or ArcKind.LoadBonus => (model.Capacity(arc) * unit, -bonus),
                _ => (model.Capacity(arc) * unit, 0L),
            };
            flow.AddArcWithCapacityAndUnitCost(model.Tail(arc), model.Head(arc), capacity, cost);
        }

        long supply = 0;
        for (var arc = 0; arc < model.ArcCount; arc++)
        {
            supply += model.Tail(arc) == FlowModel.Source ? model.Capacity(arc) * unit : 0;
        }

        flow.SetNodeSupply(FlowModel.Source, supply);
        flow.SetNodeSupply(FlowModel.Sink, -supply);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver stopped with status {status}.");
        }

        var result = new long[model.ArcCount];
        for (var arc = 0; arc < model.ArcCount; arc++)
        {
            result[arc] = flow.Flow(arc);
        }

        return result;
    }

    /// <summary>
    /// Whether a flow of exactly <paramref name="target"/> reviews exists using only allowed pairs, with every
    /// bonus arc full when <paramref name="bonusesRequired"/>: lower bounds become node excesses, the
    /// source–sink value a return arc with lower bound = capacity = target, and the question a maximum flow
    /// from a super source that must saturate every excess.
    /// </summary>
    public static bool Feasible(FlowModel model, long target, Func<int, bool> allowed, bool bonusesRequired)
    {
        var superSource = model.NodeCount;
        var superSink = model.NodeCount + 1;
        var excess = new long[model.NodeCount];
        using var flow = new MaxFlow();
        for (var arc = 0; arc < model.ArcCount; arc++)
        {
            var kind = model.Kind(arc);
            if (kind == ArcKind.Pair && !allowed(model.Subject[arc]))
            {
                continue;
            }

            if (bonusesRequired && kind is ArcKind.SeniorBonus or ArcKind.LoadBonus)
            {
                excess[model.Head(arc)] += model.Capacity(arc);
                excess[model.Tail(arc)] -= model.Capacity(arc);
                continue;
            }

            if (model.Capacity(arc) > 0)
            {
                flow.AddArcWithCapacity(model.Tail(arc), model.Head(arc), model.Capacity(arc));
            }
        }

        excess[FlowModel.Source] += target;
        excess[FlowModel.Sink] -= target;
        long needed = 0;
        for (var node = 0; node < excess.Length; node++)
        {
            if (excess[node] > 0)
            {
                flow.AddArcWithCapacity(superSource, node, excess[node]);
                needed += excess[node];
            }
            else if (excess[node] < 0)
            {
                flow.AddArcWithCapacity(node, superSink, -excess[node]);
            }
        }

        if (needed == 0)
        {
            return true;
        }

        var status = flow.Solve(superSource, superSink);
        if (status != MaxFlow.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The max-flow solver stopped with status {status}.");
        }

        return flow.OptimalFlow() == needed;
    }
}
