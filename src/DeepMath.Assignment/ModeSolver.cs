namespace DeepMath.Assignment;

/// <summary>
/// Every mode and constraint on one <see cref="FlowModel"/>: max-sum first (the comparison and the size
/// every mode keeps), then the chosen mode, then the repairs for what a flow cannot hold, then a check of
/// every constraint on the output.
/// </summary>
internal static class ModeSolver
{
    public static AssignmentResult Solve(AssignmentInstance instance, AssignmentOptions options)
    {
        var pairs = CandidatePairs.Build(instance);
        var model = new FlowModel(instance, pairs, options);
        var lookup = new PairLookup(pairs, instance.Papers.Count);
        var rules = new Rules(instance, options, pairs, model, lookup);
        var maxAbs = pairs.Scores.Count == 0 ? 0 : pairs.Scores.Max(Math.Abs);
        var bonusFactor = model.HasBonus ? (2.0 * (instance.Reviewers.Count + 1)) + 1 : 1;
        var flowBound = (long)instance.Papers.Count * instance.ReviewsPerPaper;
        var scale = AssignmentSolver.ScaleFor(pairs, flowBound, maxAbs, model.NodeCount * bonusFactor * RandomMode.Unit);
        long Cost(int i) => -(long)Math.Round(pairs.Scores[i] * scale);

        var maxSumFlow = FlowSolver.MinCost(model, 1, 1, Cost);
        var unmet = model.WithoutSenior
            .Select(p => $"paper \"{instance.Papers[p].Id}\" cannot get a senior reviewer (at least one senior reviewer per paper): none of its eligible reviewers is senior")
            .ToList();
        unmet.AddRange(ConstraintCheck.UnmetBonuses(model, maxSumFlow, 1, instance));
        if (unmet.Count > 0)
        {
            throw ConstraintCheck.Infeasible(unmet);
        }

        var maxSumPlan = Plan.FromFlow(pairs, model, maxSumFlow, 1);
        var notes = new List<string>();
        Plan plan;
        double? threshold = null, bound = null, expected = null, maxProbability = null;
        int? seed = null;
        IReadOnlyList<PairProbability> probabilities = [];
        switch (options.Mode)
        {
            case AssignmentMode.Bottleneck:
                long target = 0;
                foreach (var arc in model.PairArc)
                {
                    target += arc >= 0 ? maxSumFlow[arc] : 0;
                }

                var (floor, ceiling) = ThresholdRange(maxSumPlan, rules, instance.ReviewsPerPaper);
                var (flow, best) = BottleneckMode.Solve(model, pairs, target, model.HasBonus, Cost, floor, ceiling, maxSumFlow);
                plan = Plan.FromFlow(pairs, model, flow, 1);
                threshold = double.IsFinite(best) ? best : null;
                notes.Add("Exact: no assignment of the same size has a better lowest pair score, and none reaching it a higher total.");
                break;
            case AssignmentMode.Fair:
                var fairScale = Math.Min(1e9 / Math.Max(1e-9, maxAbs), 1e17 / (model.NodeCount * bonusFactor * Math.Max(1, maxAbs)));
                (plan, var upper) = FairMode.Solve(rules, instance, maxSumPlan.Copy(), fairScale, options.FairTimeLimit, options.Progress);
                bound = upper;
                notes.Add("Heuristic with a proved bound: no assignment of the same size gives its poorest paper more than the bound.");
                break;
            case AssignmentMode.Random:
                seed = options.Seed ?? System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue);
                var (rounded, marginals) = RandomMode.Solve(model, options.MaxPairProbability, seed.Value, Cost);
                plan = Plan.FromFlow(pairs, model, rounded, RandomMode.Unit);
                var list = new List<PairProbability>();
                var sum = pairs.Kept.Sum(k => k.Score);
                for (var i = 0; i < marginals.Length; i++)
                {
                    if (marginals[i] > 0)
                    {
                        list.Add(new PairProbability(instance.Reviewers[pairs.Reviewers[i]].Id, instance.Papers[pairs.Papers[i]].Id, marginals[i]));
                        sum += marginals[i] * pairs.Scores[i];
                    }
                }

                probabilities = list;
                expected = sum;
                maxProbability = list.Count == 0 ? 0 : list.Max(p => p.Probability);
                notes.Add($"Each pair's probability is its share in the best fractional assignment with no pair above {Math.Floor((options.MaxPairProbability * 100) + 1e-9) / 100:0.##}; the sample is reproduced by seed {seed}.");
                break;
            default:
                plan = maxSumPlan;
                notes.Add("Exact: no assignment of the same size has a higher total score.");
                break;
        }

        if (options.HasFlowConstraints || instance.Reviewers.Any(r => r.MinLoad > 0))
        {
            notes.Add(options.RequireSenior && options.Grouped
                ? "Distinct institutions or countries and minimum loads are exact in the flow; a senior reviewer per paper is then added by replacement."
                : "Seniority, distinct institutions or countries and minimum loads are exact in the flow.");
        }

        var (unresolved, moved) = Repairs.Apply(plan, rules, instance, options);
        if (moved > 0)
        {
            notes.Add($"{moved} reviewers were replaced after the optimisation to keep co-authors apart, avoid reciprocal reviews or add a senior reviewer; the figures are those of the repaired assignment.");
        }

        unresolved.AddRange(ConstraintCheck.GroupShortfalls(plan, instance, options, rules));
        unresolved.AddRange(ConstraintCheck.Violations(plan, instance, rules, options));
        if (unresolved.Count > 0)
        {
            throw ConstraintCheck.Infeasible(unresolved);
        }

        AssignmentResult? baseline = null;
        if (options.Mode != AssignmentMode.MaxSum)
        {
            var (_, baselineMoved) = Repairs.Apply(maxSumPlan, rules, instance, options);
            baseline = ResultBuilder.Build(maxSumPlan, instance, pairs, rules, options, AssignmentMode.MaxSum, baselineMoved, [], null);
        }

        var lowest = FairMode.Value(plan).Min;
        return ResultBuilder.Build(plan, instance, pairs, rules, options, options.Mode, moved, notes, baseline) with
        {
            Threshold = threshold,
            UpperBound = bound,
            GapPercent = bound is { } b ? (b <= 0 ? 0 : Math.Max(0, (b - lowest) / Math.Abs(b) * 100)) : null,
            Seed = seed,
            ExpectedObjective = expected,
            MaxPairProbability = maxProbability,
            Probabilities = probabilities,
        };
    }

    /// <summary>
    /// Where the bottleneck threshold lies: at least the max-sum flow's lowest new pair (that flow qualifies). When
    /// that flow fills every paper, every flow of its size does, so the threshold is at most the lowest over papers
    /// of the score of its n-th best allowed pair, n being its open places; otherwise papers may trade places.
    /// </summary>
    private static (double Floor, double Ceiling) ThresholdRange(Plan maxSum, Rules rules, int k)
    {
        var full = true;
        for (var p = 0; p < maxSum.ByPaper.Length && full; p++)
        {
            full = maxSum.ByPaper[p].Count >= k;
        }

        var floor = double.PositiveInfinity;
        var ceiling = double.PositiveInfinity;
        var scores = new List<double>();
        for (var p = 0; p < maxSum.ByPaper.Length; p++)
        {
            var needed = 0;
            foreach (var slot in maxSum.ByPaper[p])
            {
                if (slot.Pair >= 0)
                {
                    needed++;
                    floor = Math.Min(floor, slot.Score);
                }
            }

            if (needed == 0)
            {
                continue;
            }

            scores.Clear();
            for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
            {
                if (rules.Model.PairArc[i] >= 0)
                {
                    scores.Add(rules.Pairs.Scores[i]);
                }
            }

            scores.Sort((a, b) => b.CompareTo(a));
            ceiling = full ? Math.Min(ceiling, scores[needed - 1]) : double.PositiveInfinity;
        }

        return double.IsPositiveInfinity(floor) ? (double.NegativeInfinity, double.PositiveInfinity) : (floor, ceiling);
    }
}
