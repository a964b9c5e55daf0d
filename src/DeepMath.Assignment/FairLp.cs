using Google.OrTools.LinearSolver;

namespace DeepMath.Assignment;

/// <summary>
/// The linear relaxation of the fair mode on a reduced set of pairs, solved for its duals:
/// max t subject to, for every paper p, Σ s_pr x_pr + kept_p ≥ t and Σ_r x_pr = n_p (the places the start plan
/// fills), for every reviewer Σ_p x_pr ≤ the places left, and 0 ≤ x ≤ 1, over each paper's best allowed pairs
/// and the start plan's own (so the start plan is a solution). Its value is NOT a bound (pairs were dropped and
/// the flow's side constraints ignored): what it gives is the dual prices μ_p ≥ 0 of the paper rows, which
/// <see cref="FairMode"/> turns into a proved bound with one exact flow over every pair. The duals of the full
/// relaxation make that bound the LP's value, and a reduced LP whose dropped pairs are poorer than the kept
/// ones gives nearly the same prices.
/// </summary>
internal static class FairLp
{
    /// <param name="Weights">μ_p ≥ 0, summing to 1 when the solver found prices.</param>
    /// <param name="Fractions">x*_pr by pair index, for the pairs the relaxation kept and used.</param>
    internal sealed record Solution(double Value, double[] Weights, Dictionary<int, double> Fractions, bool Optimal);

    /// <summary>Up to this many pair variables, simplex (GLOP, exact duals); beyond, first-order PDLP on both cores.</summary>
    private const int SimplexVariables = 50_000;

    public static Solution? Solve(Rules rules, Plan start, int pairsPerPaper, TimeSpan limit)
    {
        var pairs = rules.Pairs;
        var paperCount = start.ByPaper.Length;
        var large = (long)paperCount * pairsPerPaper > SimplexVariables;
        using var solver = Solver.CreateSolver(large ? "PDLP" : "GLOP");
        if (solver is null)
        {
            return null;
        }

        solver.SetTimeLimit((long)Math.Max(1, limit.TotalMilliseconds));
        if (large)
        {
            // Loose: the prices are certified by an exact flow whatever their accuracy.
            solver.SetSolverSpecificParametersAsString(
                "num_threads: 2 termination_criteria { simple_optimality_criteria { eps_optimal_relative: 1e-4 eps_optimal_absolute: 1e-4 } }");
        }

        var t = solver.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "t");
        var reviewerRows = new Constraint?[start.Loads.Length];
        var paperRows = new Constraint[paperCount];
        var variables = new List<(int Pair, Variable X)>(paperCount * (pairsPerPaper + 2));
        var chosen = new List<int>();
        for (var p = 0; p < paperCount; p++)
        {
            var kept = 0.0;
            var open = 0;
            foreach (var slot in start.ByPaper[p])
            {
                kept += slot.Pair < 0 ? slot.Score : 0;
                open += slot.Pair >= 0 ? 1 : 0;
            }

            Candidates(rules, start, p, pairsPerPaper, chosen);
            var row = solver.MakeConstraint(-kept, double.PositiveInfinity);
            row.SetCoefficient(t, -1);
            paperRows[p] = row;
            var count = solver.MakeConstraint(open, open);
            foreach (var i in chosen)
            {
                var r = pairs.Reviewers[i];
                var x = solver.MakeNumVar(0, 1, string.Empty);
                row.SetCoefficient(x, pairs.Scores[i]);
                count.SetCoefficient(x, 1);
                (reviewerRows[r] ??= solver.MakeConstraint(double.NegativeInfinity, rules.PlacesLeft(r)))
                    .SetCoefficient(x, 1);
                variables.Add((i, x));
            }
        }

        solver.Objective().SetCoefficient(t, 1);
        solver.Objective().SetMaximization();
        var status = solver.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE or Solver.ResultStatus.NOT_SOLVED or Solver.ResultStatus.ABNORMAL))
        {
            return null;
        }

        // t's column (−1 in every paper row, 1 in the objective) makes the paper rows' duals sum to ±1 at the
        // optimum; the sign depends on the solver's convention, so it is read off that sum. An approximate
        // solution may have a few of the other sign: they are cut to zero, which any certified weights allow.
        var duals = new double[paperCount];
        var raw = 0.0;
        for (var p = 0; p < paperCount; p++)
        {
            duals[p] = paperRows[p].DualValue();
            raw += duals[p];
        }

        var sign = raw < 0 ? -1 : 1;
        var weights = new double[paperCount];
        var sum = 0.0;
        for (var p = 0; p < paperCount; p++)
        {
            weights[p] = Math.Max(0, sign * duals[p]);
            sum += weights[p];
        }

        if (!(sum > 0) || !double.IsFinite(sum))
        {
            return null;
        }

        for (var p = 0; p < paperCount; p++)
        {
            weights[p] /= sum;
        }

        var fractions = new Dictionary<int, double>();
        foreach (var (i, x) in variables)
        {
            var value = x.SolutionValue();
            if (value > 1e-9)
            {
                fractions[i] = Math.Min(1, value);
            }
        }

        return new Solution(t.SolutionValue(), weights, fractions, status == Solver.ResultStatus.OPTIMAL);
    }

    /// <summary>
    /// The paper's best <paramref name="count"/> allowed pairs, its best <paramref name="count"/> / 3 with reviewers
    /// who have room in the start plan (where a richer paper can move to free a reviewer for a poorer one), and the
    /// start plan's pairs.
    /// </summary>
    private static void Candidates(Rules rules, Plan start, int p, int count, List<int> chosen)
    {
        chosen.Clear();
        for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
        {
            if (rules.Model.PairArc[i] >= 0)
            {
                chosen.Add(i);
            }
        }

        if (chosen.Count <= count)
        {
            return;
        }

        chosen.Sort((a, b) => rules.Pairs.Scores[b].CompareTo(rules.Pairs.Scores[a]));
        var free = count / 3;
        var taken = count;
        for (var j = count; j < chosen.Count && free > 0; j++)
        {
            var i = chosen[j];
            var r = rules.Pairs.Reviewers[i];
            if (start.Loads[r] < rules.MaxLoad(r) || start.Has(p, r))
            {
                chosen[taken++] = i;
                free -= start.Has(p, r) ? 0 : 1;
            }
        }

        chosen.RemoveRange(taken, chosen.Count - taken);
        foreach (var slot in start.ByPaper[p])
        {
            if (slot.Pair >= 0 && !chosen.Contains(slot.Pair))
            {
                chosen.Add(slot.Pair);
            }
        }
    }
}
