namespace DeepMath.Assignment;

/// <summary>
/// Randomized assignment with a cap Q on every pair's probability (Jecmen et al., NeurIPS 2020): the
/// fractional optimum is a min-cost flow in hundredths (each pair carries at most Q × 100 of them, each
/// paper k × 100), exact for Q in steps of 0.01; <see cref="DependentRounding"/> then samples an integral
/// assignment whose pair probabilities are those fractions, from a seed.
/// </summary>
internal static class RandomMode
{
    public const long Unit = 100;

    public static (long[] Rounded, double[] Marginals) Solve(FlowModel model, double maxPairProbability, int seed, Func<int, long> cost)
    {
        var pairCapacity = (long)Math.Floor((maxPairProbability * Unit) + 1e-9);
        if (pairCapacity < 1 || maxPairProbability > 1)
        {
            throw new AssignmentInputException($"The largest pair probability must be between 0.01 and 1, not {maxPairProbability}.");
        }

        var flow = FlowSolver.MinCost(model, Unit, pairCapacity, cost);
        var marginals = new double[model.PairArc.Length];
        for (var i = 0; i < marginals.Length; i++)
        {
            marginals[i] = model.PairArc[i] >= 0 ? (double)flow[model.PairArc[i]] / Unit : 0;
        }

        // The arcs plus the return arc sink → source, which makes the flow a circulation.
        var arcCount = model.ArcCount;
        var tail = new int[arcCount + 1];
        var head = new int[arcCount + 1];
        var value = new long[arcCount + 1];
        long total = 0;
        for (var a = 0; a < arcCount; a++)
        {
            tail[a] = model.Tail(a);
            head[a] = model.Head(a);
            value[a] = flow[a];
            total += tail[a] == FlowModel.Source ? flow[a] : 0;
        }

        tail[arcCount] = FlowModel.Sink;
        head[arcCount] = FlowModel.Source;
        value[arcCount] = total;
        DependentRounding.Round(model.NodeCount, tail, head, value, Unit, new Random(seed));
        foreach (var pairArc in model.PairArc)
        {
            if (pairArc >= 0 && value[pairArc] % Unit != 0)
            {
                throw new InvalidOperationException("Dependent rounding left a fractional pair.");
            }
        }

        return (value[..arcCount], marginals);
    }
}
