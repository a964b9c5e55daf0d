namespace DeepMath.Assignment;

/// <summary>Each paper's pairs that the flow allows, best score first: <c>Order[Start(p)..End(p)]</c> are pair indices.</summary>
internal sealed class RankedPairs
{
    private readonly int[] _start;

    public RankedPairs(Rules rules)
    {
        var pairs = rules.Pairs;
        var paperCount = pairs.KeptPerPaper.Length;
        _start = new int[paperCount + 1];
        var order = new List<int>(pairs.Scores.Count);
        var keys = new List<double>(pairs.Scores.Count);
        for (var p = 0; p < paperCount; p++)
        {
            _start[p] = order.Count;
            for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
            {
                if (rules.Model.PairArc[i] >= 0)
                {
                    order.Add(i);
                    keys.Add(-pairs.Scores[i]);
                }
            }
        }

        _start[paperCount] = order.Count;
        Order = [.. order];
        var sortKeys = keys.ToArray();
        for (var p = 0; p < paperCount; p++)
        {
            Array.Sort(sortKeys, Order, _start[p], _start[p + 1] - _start[p]);
            Longest = Math.Max(Longest, _start[p + 1] - _start[p]);
        }
    }

    public int[] Order { get; }

    /// <summary>The most pairs any one paper has.</summary>
    public int Longest { get; }

    public int Start(int paper) => _start[paper];

    public int End(int paper) => _start[paper + 1];
}
