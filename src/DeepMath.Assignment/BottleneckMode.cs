namespace DeepMath.Assignment;

/// <summary>
/// The best lowest pair score, then the highest total: binary search over the distinct scores for the
/// highest threshold at which pairs scoring at least that still carry a flow as large as the max-sum
/// one (with every senior and minimum-load bonus the max-sum flow met), then one min-cost flow on those pairs.
/// </summary>
internal static class BottleneckMode
{
    /// <param name="feasibleFloor">A threshold known to be feasible: the lowest new pair score of the max-sum flow.</param>
    /// <param name="ceiling">No threshold above this can be feasible: some paper needs that many pairs at or above it.</param>
    /// <param name="floorFlow">The max-sum flow: when no threshold above its lowest pair is feasible, it is the answer as it is.</param>
    public static (long[] Flow, double Threshold) Solve(
        FlowModel model, CandidatePairs pairs, long target, bool bonusesRequired, Func<int, long> cost, double feasibleFloor, double ceiling, long[] floorFlow)
    {
        var distinct = new List<double>();
        for (var i = 0; i < model.PairArc.Length; i++)
        {
            if (model.PairArc[i] >= 0)
            {
                distinct.Add(pairs.Scores[i]);
            }
        }

        distinct.Sort();
        var values = distinct.Distinct().ToArray();
        if (values.Length == 0)
        {
            return (FlowSolver.MinCost(model, 1, 1, cost), double.NegativeInfinity);
        }

        // Invariant: values[low] is feasible (the max-sum flow shows it); values[high + 1..] are not.
        var at = Array.BinarySearch(values, feasibleFloor);
        var low = Math.Max(0, at >= 0 ? at : ~at - 1);
        var top = Array.BinarySearch(values, ceiling);
        var high = top >= 0 ? top : ~top - 1;
        high = Math.Clamp(high, low, values.Length - 1);
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            var threshold = values[middle];
            if (FlowSolver.Feasible(model, target, i => pairs.Scores[i] >= threshold, bonusesRequired))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var best = values[low];
        // The max-sum flow uses no pair below its lowest one: at that threshold it is already the best total, and a
        // second min-cost flow (as long as the first) would only find it again.
        return best <= feasibleFloor
            ? (floorFlow, best)
            : (FlowSolver.MinCost(model, 1, 1, cost, i => pairs.Scores[i] >= best), best);
    }
}
