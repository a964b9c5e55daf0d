using Google.OrTools.Graph;

namespace DeepMath.Assignment;

/// <summary>
/// A bound on the fair mode that counts whole reviewers, which the LP relaxation cannot. If every paper's total is
/// at least T, then each paper holds at least n_g(T) reviewers among its g best (for every cut g between distinct
/// scores): with fewer, even its best picks above the cut and its best positive scores below it stay under T.
/// These are lower bounds on nested sets, which a flow holds exactly (<see cref="RequirementChains"/>, at most k
/// nodes per paper). If the maximum flow cannot pay every requirement, no assignment
/// reaches T, whatever its size and whatever the side constraints (all of them only remove assignments).
/// Where the relaxation shares a scarce reviewer out in fractions, this check cannot, so it sees the crowded subject
/// areas in which some papers must settle for fewer strong reviewers; feasibility falls as T rises, so a bisection
/// finds the lowest T it refutes.
/// </summary>
internal sealed class FairCountBound
{
    private const double Tolerance = 1e-9;
    private readonly Rules _rules;
    private readonly RankedPairs _ranked;
    private readonly double[] _keptScore;
    private readonly int[] _open;

    public FairCountBound(Rules rules, RankedPairs ranked, int reviewsPerPaper)
    {
        _rules = rules;
        _ranked = ranked;
        _keptScore = new double[rules.Pairs.KeptPerPaper.Length];
        foreach (var (p, _, score) in rules.Pairs.Kept)
        {
            _keptScore[p] += score;
        }

        _open = [.. rules.Pairs.KeptPerPaper.Select(kept => Math.Max(0, reviewsPerPaper - kept))];
    }

    /// <summary>
    /// Bisects between a value thought reachable and a proved bound; returns the lowest target refuted (or
    /// <paramref name="bound"/> when none is), to within a relative 1e-4, while <paramref name="timeLeft"/> allows.
    /// </summary>
    public double Search(double reachable, double bound, Func<bool> timeLeft)
    {
        var (low, high) = (reachable, bound);
        while (high - low > 1e-4 * Math.Max(1, Math.Abs(high)) && timeLeft())
        {
            var middle = (low + high) / 2;
            if (Passes(middle))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }

    /// <summary>Whether the counting requirements of target T can all be met at once; false proves no assignment reaches T.</summary>
    public bool Passes(double target)
    {
        var pairs = _rules.Pairs;
        using var flow = new MaxFlow();
        var chains = new RequirementChains(_rules, _ranked, (tail, head, capacity, _) => flow.AddArcWithCapacity(tail, head, capacity));
        var scores = new double[_ranked.Longest];
        var prefix = new double[_ranked.Longest + 1];
        var positive = new double[_ranked.Longest + 1];
        var cuts = new int[_open.Length == 0 ? 1 : _open.Max() + 1];
        for (var p = 0; p < _open.Length; p++)
        {
            var length = _ranked.End(p) - _ranked.Start(p);
            for (var i = 0; i < length; i++)
            {
                scores[i] = pairs.Scores[_ranked.Order[_ranked.Start(p) + i]];
                prefix[i + 1] = prefix[i] + scores[i];
                positive[i + 1] = positive[i] + Math.Max(0, scores[i]);
            }

            var count = Requirements(scores, prefix, positive, length, _open[p], target - _keptScore[p], cuts);
            if (count < 0)
            {
                return false;
            }

            chains.AddPaper(p, count, cuts, _ => 0);
        }

        if (chains.Required == 0)
        {
            return true;
        }

        if (flow.Solve(RequirementChains.Source, RequirementChains.Sink) != MaxFlow.Status.OPTIMAL)
        {
            throw new InvalidOperationException("The max-flow solver did not finish.");
        }

        return flow.OptimalFlow() == chains.Required;
    }

    /// <summary>
    /// Fills cuts[j] with the smallest g whose top g must hold j of the paper's reviewers for it to reach the goal
    /// with at most <paramref name="open"/> of them, and returns how many requirements there are (-1: the goal is
    /// out of reach). Holding a of the top g allows at most prefix(a) plus the best open − a positive scores below.
    /// </summary>
    internal static int Requirements(double[] scores, double[] prefix, double[] positive, int length, int open, double goal, int[] cuts)
    {
        if (open == 0)
        {
            return goal <= Tolerance ? 0 : -1;
        }

        var reached = 0;
        for (var g = 0; g <= length && reached < open; g++)
        {
            if (g > 0 && g < length && scores[g] >= scores[g - 1] - Tolerance)
            {
                continue; // a cut between equal scores sets no threshold
            }

            var need = -1;
            for (var a = 0; a <= Math.Min(open, g); a++)
            {
                var below = positive[Math.Min(length, g + open - a)] - positive[g];
                if (prefix[a] + below >= goal - Tolerance)
                {
                    need = a;
                    break;
                }
            }

            if (need < 0)
            {
                return -1;
            }

            while (reached < need)
            {
                cuts[++reached] = g;
            }
        }

        return reached;
    }
}
