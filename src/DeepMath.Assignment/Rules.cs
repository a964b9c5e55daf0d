namespace DeepMath.Assignment;

/// <summary>
/// The constraints as checks on a single change to a <see cref="Plan"/>: may reviewer r join paper p
/// (optionally in place of reviewer x)? Used by the repairs and the fair mode's local search.
/// </summary>
internal sealed class Rules
{
    private readonly AssignmentInstance _instance;
    private readonly AssignmentOptions _options;
    private readonly int[]? _groups;
    private readonly HashSet<long> _coauthors = [];
    private readonly int[][] _authors;
    private readonly List<int>[] _authored;

    public Rules(AssignmentInstance instance, AssignmentOptions options, CandidatePairs pairs, FlowModel model, PairLookup lookup)
    {
        _instance = instance;
        _options = options;
        Pairs = pairs;
        Model = model;
        Lookup = lookup;
        CapacitiesOnly = !options.HasFlowConstraints && !options.HasRepairs && !model.HasBonus;
        _groups = options.Grouped ? FlowModel.GroupKeys(instance, options) : null;
        var reviewerIndex = new Dictionary<string, int>(instance.Reviewers.Count, StringComparer.Ordinal);
        for (var r = 0; r < instance.Reviewers.Count; r++)
        {
            reviewerIndex[instance.Reviewers[r].Id] = r;
        }

        if (options.SeparateCoauthors)
        {
            for (var r = 0; r < instance.Reviewers.Count; r++)
            {
                foreach (var id in instance.Reviewers[r].Coauthors)
                {
                    if (reviewerIndex.TryGetValue(id, out var other) && other != r)
                    {
                        _coauthors.Add(Key(r, other));
                    }
                }
            }
        }

        _authors = new int[instance.Papers.Count][];
        _authored = new List<int>[instance.Reviewers.Count];
        for (var p = 0; p < _authors.Length; p++)
        {
            _authors[p] = !options.NoReciprocalReviews ? [] :
                [.. instance.Papers[p].AuthorReviewers.Where(reviewerIndex.ContainsKey).Select(id => reviewerIndex[id]).Distinct()];
            foreach (var a in _authors[p])
            {
                (_authored[a] ??= []).Add(p);
            }
        }
    }

    public CandidatePairs Pairs { get; }

    /// <summary>Whether reviewers' loads are the only constraint: no seniority, groups, pair rules or minimum loads (bonus arcs).</summary>
    public bool CapacitiesOnly { get; }

    public FlowModel Model { get; }

    public PairLookup Lookup { get; }

    public bool AreCoauthors(int a, int b) => _coauthors.Count > 0 && _coauthors.Contains(Key(a, b));

    public bool SameGroup(int a, int b) => _groups is not null && _groups[a] >= 0 && _groups[a] == _groups[b];

    public int MaxLoad(int r) => _instance.Reviewers[r].MaxLoad;

    /// <summary>The reviews a reviewer can still take once the kept assignments are counted.</summary>
    public int PlacesLeft(int r) => Math.Max(0, MaxLoad(r) - Pairs.KeptPerReviewer[r]);

    public bool IsSenior(int r) => _instance.Reviewers[r].Senior;

    /// <summary>The candidate pair of (p, r) if the flow allowed it, else -1.</summary>
    public int Pair(int p, int r)
    {
        var pair = Lookup.Find(p, r);
        return pair >= 0 && Model.PairArc[pair] >= 0 ? pair : -1;
    }

    /// <summary>Whether r may join p, with <paramref name="leaving"/> (or -1) leaving p at the same time.</summary>
    public bool CanJoin(Plan plan, int p, int r, int leaving, bool checkLoad = true)
    {
        if (Pair(p, r) < 0 || plan.Has(p, r) || (checkLoad && plan.Loads[r] >= _instance.Reviewers[r].MaxLoad))
        {
            return false;
        }

        foreach (var slot in plan.ByPaper[p])
        {
            if (slot.Reviewer != leaving && (SameGroup(slot.Reviewer, r) || AreCoauthors(slot.Reviewer, r)))
            {
                return false;
            }
        }

        return !Reciprocal(plan, p, r, leaving);
    }

    /// <summary>Whether reviewer x may leave paper p: not kept, its minimum load and the paper's senior kept when required.</summary>
    public bool CanLeave(Plan plan, int p, int x, int joining)
    {
        var slot = plan.ByPaper[p].Find(s => s.Reviewer == x);
        if (slot.Pair < 0 || plan.Loads[x] <= _instance.Reviewers[x].MinLoad)
        {
            return false;
        }

        return !_options.RequireSenior || !IsSenior(x) || (joining >= 0 && IsSenior(joining)) || !HasSenior(plan, p)
            || plan.ByPaper[p].Exists(s => s.Reviewer != x && IsSenior(s.Reviewer));
    }

    public bool HasSenior(Plan plan, int p) => plan.ByPaper[p].Exists(s => IsSenior(s.Reviewer));

    /// <summary>Whether r reviewing p would pair with an author of p reviewing one of r's papers.</summary>
    public bool Reciprocal(Plan plan, int p, int r, int leaving = -1)
    {
        if (_authors[p].Length == 0 || _authored[r] is not { } papersOfR)
        {
            return false;
        }

        foreach (var b in _authors[p])
        {
            foreach (var q in papersOfR)
            {
                if (plan.Has(q, b) && !(q == p && b == leaving))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
