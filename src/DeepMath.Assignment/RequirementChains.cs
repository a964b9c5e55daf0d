namespace DeepMath.Assignment;

/// <summary>
/// The network both of fair mode's requirement flows build (<see cref="FairCountBound"/>, <see cref="FairTotalPass"/>):
/// source → each reviewer (its places left) → each paper's chain of requirement nodes → sink. A paper's requirement j
/// (1..count) asks for at least j of its reviewers among its cuts[j] best-ranked pairs: the pair of rank i enters the
/// chain at the first requirement whose cut includes it, each node owes one reviewer to the sink and passes the rest
/// down the chain, so a flow that pays every node meets every requirement, and only such assignments do.
/// </summary>
internal sealed class RequirementChains
{
    public const int Source = 0;
    public const int Sink = 1;
    private const int FirstReviewer = 2;
    private readonly Rules _rules;
    private readonly RankedPairs _ranked;
    private readonly Func<int, int, long, long, int> _addArc;
    private int _next;

    /// <param name="addArc">Adds an arc (tail, head, capacity, unit cost) to the solver and returns its index.</param>
    public RequirementChains(Rules rules, RankedPairs ranked, Func<int, int, long, long, int> addArc)
    {
        _rules = rules;
        _ranked = ranked;
        _addArc = addArc;
        var reviewerCount = rules.Pairs.KeptPerReviewer.Length;
        for (var r = 0; r < reviewerCount; r++)
        {
            if (rules.PlacesLeft(r) > 0)
            {
                addArc(Source, FirstReviewer + r, rules.PlacesLeft(r), 0);
            }
        }

        _next = FirstReviewer + reviewerCount;
    }

    /// <summary>How many reviewers the chains added so far owe the sink: the flow meets every requirement when it carries this many.</summary>
    public long Required { get; private set; }

    /// <summary>Adds a paper's chain of <paramref name="count"/> requirements, its pair arcs costing <paramref name="pairCost"/>.</summary>
    /// <param name="onPairArc">Told each pair arc added, as (arc, pair index).</param>
    public void AddPaper(int paper, int count, int[] cuts, Func<int, long> pairCost, Action<int, int>? onPairArc = null)
    {
        var pairs = _rules.Pairs;
        var node = 0;
        for (var rank = 0; rank < _ranked.End(paper) - _ranked.Start(paper); rank++)
        {
            while (node < count && rank >= cuts[node + 1])
            {
                node++;
            }

            if (node == count)
            {
                break;
            }

            var pair = _ranked.Order[_ranked.Start(paper) + rank];
            var arc = _addArc(FirstReviewer + pairs.Reviewers[pair], _next + node, 1, pairCost(pair));
            onPairArc?.Invoke(arc, pair);
        }

        for (var j = 0; j < count; j++)
        {
            _addArc(_next + j, Sink, 1, 0);
            if (j + 1 < count)
            {
                _addArc(_next + j, _next + j + 1, count, 0);
            }
        }

        _next += count;
        Required += count;
    }
}
