using System.Diagnostics;

namespace DeepMath.Assignment;

/// <summary>
/// Raises the lowest paper total by chains of moves (ejection chains), where <see cref="FairLocalSearch"/>
/// only looks one paper away: the poorest paper drops its reviewer x for a better r; if r is full, the paper q
/// that r leaves takes another reviewer, possibly from a third paper, and so on until a reviewer with spare
/// capacity (or x, freed by the first move) closes the chain. A breadth-first search over papers finds the
/// shortest such chain in which every paper ends above the poorest one's old total; every move keeps each
/// constraint (checked again as the chain is applied, and undone if one fails), every load, and every paper's
/// number of reviews. Stops when the poorest paper cannot be raised or time runs out.
/// </summary>
internal sealed class FairChains
{
    private const double Epsilon = 1e-9;

    private readonly Plan _plan;
    private readonly Rules _rules;
    private readonly double[] _totals;
    private readonly SortedSet<(double Total, int Paper)> _queue = [];
    private readonly List<int>[] _papersOf;
    private readonly int[] _visited;
    private readonly int[] _parentPaper;
    private readonly int[] _parentPair;
    private readonly double[] _base;
    private readonly int[] _leaving;
    private readonly double[] _best;
    private int _stamp;

    private FairChains(Plan plan, Rules rules)
    {
        _plan = plan;
        _rules = rules;
        var paperCount = plan.ByPaper.Length;
        _totals = new double[paperCount];
        _papersOf = new List<int>[plan.Loads.Length];
        for (var r = 0; r < _papersOf.Length; r++)
        {
            _papersOf[r] = [];
        }

        for (var p = 0; p < paperCount; p++)
        {
            _totals[p] = plan.Total(p);
            _queue.Add((_totals[p], p));
            foreach (var slot in plan.ByPaper[p])
            {
                _papersOf[slot.Reviewer].Add(p);
            }
        }

        _visited = new int[paperCount];
        _parentPaper = new int[paperCount];
        _parentPair = new int[paperCount];
        _base = new double[paperCount];
        _leaving = new int[paperCount];
        // A paper can give up a reviewer only if its best allowed score could make up for it.
        _best = new double[paperCount];
        for (var p = 0; p < paperCount; p++)
        {
            _best[p] = double.NegativeInfinity;
            for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
            {
                if (rules.Model.PairArc[i] >= 0)
                {
                    _best[p] = Math.Max(_best[p], rules.Pairs.Scores[i]);
                }
            }
        }
    }

    /// <returns>How many chains were applied.</returns>
    public static int Improve(Plan plan, Rules rules, Stopwatch watch, TimeSpan limit)
    {
        var chains = new FairChains(plan, rules);
        var applied = 0;
        while (chains._queue.Count > 0 && watch.Elapsed < limit)
        {
            var (floor, p) = chains._queue.Min;
            if (!chains.Raise(p, floor))
            {
                break;
            }

            applied++;
        }

        return applied;
    }

    private bool Raise(int p0, double floor)
    {
        // Try dropping each of the poorest paper's movable reviewers, the weakest first.
        foreach (var slot in _plan.ByPaper[p0].Where(s => s.Pair >= 0).OrderBy(s => s.Score).ToList())
        {
            if (Search(p0, slot.Reviewer, floor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Breadth-first over papers that must replace a reviewer; p0 replaces x.</summary>
    private bool Search(int p0, int x, double floor)
    {
        if (!_rules.CanLeave(_plan, p0, x, -1))
        {
            return false;
        }

        _stamp++;
        var frontier = new Queue<int>();
        _visited[p0] = _stamp;
        _parentPaper[p0] = -1;
        _base[p0] = _totals[p0] - Score(p0, x);
        _leaving[p0] = x;
        frontier.Enqueue(p0);
        while (frontier.Count > 0)
        {
            var q = frontier.Dequeue();
            var need = floor + Epsilon - _base[q];
            for (var i = _rules.Lookup.Start(q); i < _rules.Lookup.End(q); i++)
            {
                if (_rules.Model.PairArc[i] < 0 || _rules.Pairs.Scores[i] <= need)
                {
                    continue;
                }

                var r = _rules.Pairs.Reviewers[i];
                if (r == _leaving[q] || _plan.Has(q, r))
                {
                    continue;
                }

                // A reviewer with room, or x (free once p0 lets it go), closes the chain.
                if ((_plan.Loads[r] < _rules.MaxLoad(r) || (r == x && q != p0)) && _rules.CanJoin(_plan, q, r, _leaving[q], checkLoad: false))
                {
                    if (Apply(q, i))
                    {
                        return true;
                    }

                    continue;
                }

                foreach (var next in _papersOf[r])
                {
                    if (_visited[next] == _stamp)
                    {
                        continue;
                    }

                    var score = Score(next, r);
                    var pair = _plan.ByPaper[next].Find(s => s.Reviewer == r).Pair;
                    if (pair < 0 || _totals[next] - score + _best[next] <= floor + Epsilon
                        || !_rules.CanJoin(_plan, q, r, _leaving[q], checkLoad: false) || !_rules.CanLeave(_plan, next, r, -1))
                    {
                        continue;
                    }

                    _visited[next] = _stamp;
                    _parentPaper[next] = q;
                    _parentPair[next] = i;
                    _base[next] = _totals[next] - score;
                    _leaving[next] = r;
                    frontier.Enqueue(next);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Applies the chain that ends with paper <paramref name="last"/> taking pair <paramref name="pair"/>: from
    /// the end back to p0, each paper swaps its leaving reviewer for the one it takes. Undone if a check fails.
    /// </summary>
    private bool Apply(int last, int pair)
    {
        var moves = new List<(int Paper, int Leaving, int Pair)>();
        for (var (q, i) = (last, pair); q >= 0; (q, i) = (_parentPaper[q], _parentPair[q]))
        {
            moves.Add((q, _leaving[q], i));
        }

        var done = new List<(int Paper, int Leaving, int Pair)>();
        foreach (var (q, leaving, i) in moves)
        {
            var r = _rules.Pairs.Reviewers[i];
            if (!_rules.CanJoin(_plan, q, r, leaving, checkLoad: false))
            {
                for (var j = done.Count - 1; j >= 0; j--)
                {
                    var (dq, dLeaving, di) = done[j];
                    var back = _rules.Pair(dq, dLeaving);
                    Move(dq, _rules.Pairs.Reviewers[di], dLeaving, back);
                }

                return false;
            }

            Move(q, leaving, r, i);
            done.Add((q, leaving, i));
        }

        return true;
    }

    private void Move(int p, int leaving, int joining, int pair)
    {
        _queue.Remove((_totals[p], p));
        _plan.Remove(p, leaving);
        _papersOf[leaving].Remove(p);
        _plan.Add(p, joining, _rules.Pairs.Scores[pair], pair);
        _papersOf[joining].Add(p);
        _totals[p] = _plan.Total(p);
        _queue.Add((_totals[p], p));
    }

    private double Score(int p, int r) => _plan.ByPaper[p].Find(s => s.Reviewer == r).Score;
}
