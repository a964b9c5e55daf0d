namespace DeepMath.Assignment;

/// <summary>
/// The assignment network with the constraints that a flow can hold exactly:
/// source → paper (k less kept) → [senior split | institution or country group, capacity 1] → reviewer → sink.
/// A paper's senior node takes the paper's senior pairs behind a bonus arc of capacity 1, and a reviewer's
/// minimum load is a bonus arc into the sink; a bonus arc's cost is a reward larger than any score change
/// along a cycle, so the cheapest maximum flow meets every bonus it can and only then weighs scores.
/// </summary>
internal sealed class FlowModel
{
    public const int Source = 0;
    public const int Sink = 1;

    private readonly List<int> _tail = [];
    private readonly List<int> _head = [];
    private readonly List<long> _capacity = [];
    private readonly List<ArcKind> _kind = [];

    public FlowModel(AssignmentInstance instance, CandidatePairs pairs, AssignmentOptions options)
    {
        PaperCount = instance.Papers.Count;
        ReviewerCount = instance.Reviewers.Count;
        PairArc = new int[pairs.Scores.Count];
        Array.Fill(PairArc, -1);
        NodeCount = 2 + PaperCount + ReviewerCount;
        var k = instance.ReviewsPerPaper;
        var seniorInFlow = options.RequireSenior && !options.Grouped;
        var groups = options.Grouped ? GroupKeys(instance, options) : null;
        var keptGroups = new HashSet<(int Paper, int Group)>();
        var keptSenior = new bool[PaperCount];
        foreach (var (p, r, _) in pairs.Kept)
        {
            keptSenior[p] |= instance.Reviewers[r].Senior;
            if (groups is not null && groups[r] >= 0)
            {
                keptGroups.Add((p, groups[r]));
            }
        }

        var groupNode = new Dictionary<int, int>();
        var groupSize = new Dictionary<int, int>();
        var start = 0;
        for (var p = 0; p < PaperCount; p++)
        {
            var capacity = Math.Max(0, k - pairs.KeptPerPaper[p]);
            AddArc(Source, PaperNode(p), capacity, ArcKind.Plain);
            var end = start;
            while (end < pairs.Papers.Count && pairs.Papers[end] == p)
            {
                end++;
            }

            var seniorNode = -1;
            if (options.RequireSenior && capacity > 0 && !keptSenior[p] && !HasSenior(instance, pairs, start, end))
            {
                WithoutSenior.Add(p);
            }
            else if (seniorInFlow && capacity > 0 && !keptSenior[p])
            {
                seniorNode = NodeCount++;
                AddArc(PaperNode(p), seniorNode, 1, ArcKind.SeniorBonus);
                AddArc(PaperNode(p), seniorNode, capacity - 1, ArcKind.Plain);
            }

            if (groups is not null)
            {
                groupNode.Clear();
                groupSize.Clear();
                for (var i = start; i < end; i++)
                {
                    var g = groups[pairs.Reviewers[i]];
                    if (g >= 0)
                    {
                        groupSize[g] = groupSize.GetValueOrDefault(g) + 1;
                    }
                }
            }

            for (var i = start; i < end; i++)
            {
                var r = pairs.Reviewers[i];
                var from = seniorNode >= 0 && instance.Reviewers[r].Senior ? seniorNode : PaperNode(p);
                if (groups is not null && groups[r] is var g and >= 0)
                {
                    if (keptGroups.Contains((p, g)))
                    {
                        continue; // a kept reviewer already speaks for this institution or country
                    }

                    if (groupSize[g] > 1)
                    {
                        if (!groupNode.TryGetValue(g, out from))
                        {
                            from = NodeCount++;
                            groupNode[g] = from;
                            AddArc(PaperNode(p), from, 1, ArcKind.Plain);
                        }
                    }
                }

                PairArc[i] = AddArc(from, ReviewerNode(r), 1, ArcKind.Pair, i);
            }

            start = end;
        }

        for (var r = 0; r < ReviewerCount; r++)
        {
            var reviewer = instance.Reviewers[r];
            var capacity = Math.Max(0, reviewer.MaxLoad - pairs.KeptPerReviewer[r]);
            var minimum = Math.Min(capacity, Math.Max(0, reviewer.MinLoad - pairs.KeptPerReviewer[r]));
            if (minimum > 0)
            {
                AddArc(ReviewerNode(r), Sink, minimum, ArcKind.LoadBonus, r);
            }

            AddArc(ReviewerNode(r), Sink, capacity - minimum, ArcKind.Plain);
        }
    }

    public int PaperCount { get; }

    /// <summary>Papers needing reviews that no eligible senior reviewer can serve.</summary>
    public List<int> WithoutSenior { get; } = [];

    public int ReviewerCount { get; }

    public int NodeCount { get; private set; }

    public int ArcCount => _tail.Count;

    /// <summary>The arc of each candidate pair, or -1 when a constraint rules the pair out.</summary>
    public int[] PairArc { get; }

    /// <summary>For bonus arcs, the paper (senior) or reviewer (load) they serve; for pair arcs, the pair.</summary>
    public List<int> Subject { get; } = [];

    public bool HasBonus => _kind.Exists(k => k is ArcKind.SeniorBonus or ArcKind.LoadBonus);

    public int Tail(int arc) => _tail[arc];

    public int Head(int arc) => _head[arc];

    public long Capacity(int arc) => _capacity[arc];

    public ArcKind Kind(int arc) => _kind[arc];

    public int PaperNode(int paper) => 2 + paper;

    public int ReviewerNode(int reviewer) => 2 + PaperCount + reviewer;

    public int PaperOfNode(int node) => node - 2;

    /// <summary>One integer per reviewer naming their institution or country, -1 when unknown.</summary>
    public static int[] GroupKeys(AssignmentInstance instance, AssignmentOptions options)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var keys = new int[instance.Reviewers.Count];
        for (var r = 0; r < keys.Length; r++)
        {
            var reviewer = instance.Reviewers[r];
            // Distinct countries imply distinct institutions when each institution lies in one country.
            var key = options.DistinctCountries && !string.IsNullOrWhiteSpace(reviewer.Country) ? "c:" + reviewer.Country.Trim()
                : !string.IsNullOrWhiteSpace(reviewer.Institution) && (options.DistinctInstitutions || options.DistinctCountries) ? "i:" + reviewer.Institution.Trim()
                : null;
            keys[r] = key is null ? -1 : ids.TryGetValue(key, out var id) ? id : ids[key] = ids.Count;
        }

        return keys;
    }

    private static bool HasSenior(AssignmentInstance instance, CandidatePairs pairs, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (instance.Reviewers[pairs.Reviewers[i]].Senior)
            {
                return true;
            }
        }

        return false;
    }

    private int AddArc(int tail, int head, long capacity, ArcKind kind, int subject = -1)
    {
        _tail.Add(tail);
        _head.Add(head);
        _capacity.Add(capacity);
        _kind.Add(kind);
        Subject.Add(kind == ArcKind.SeniorBonus ? PaperOfNode(tail) : subject);
        return _tail.Count - 1;
    }
}
