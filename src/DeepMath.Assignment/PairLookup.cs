namespace DeepMath.Assignment;

/// <summary>
/// The candidate pairs of each paper, contiguous (they are produced paper by paper) and also sorted by
/// reviewer, so that the pair of (paper, reviewer) is found by binary search without a hash of millions of keys.
/// </summary>
internal sealed class PairLookup
{
    private readonly int[] _start;
    private readonly int[] _sortedReviewers;
    private readonly int[] _sortedPairs;

    public PairLookup(CandidatePairs pairs, int paperCount)
    {
        var count = pairs.Scores.Count;
        _start = new int[paperCount + 1];
        foreach (var p in pairs.Papers)
        {
            _start[p + 1]++;
        }

        for (var p = 0; p < paperCount; p++)
        {
            _start[p + 1] += _start[p];
        }

        _sortedReviewers = [.. pairs.Reviewers];
        _sortedPairs = new int[count];
        for (var i = 0; i < count; i++)
        {
            _sortedPairs[i] = i;
        }

        for (var p = 0; p < paperCount; p++)
        {
            Array.Sort(_sortedReviewers, _sortedPairs, _start[p], _start[p + 1] - _start[p]);
        }
    }

    /// <summary>The first pair index of the paper; its pairs are <c>Start(p)</c> to <c>End(p) - 1</c>.</summary>
    public int Start(int paper) => _start[paper];

    public int End(int paper) => _start[paper + 1];

    /// <summary>The pair index of (paper, reviewer), or -1 when the reviewer is not a candidate for the paper.</summary>
    public int Find(int paper, int reviewer)
    {
        var at = Array.BinarySearch(_sortedReviewers, _start[paper], _start[paper + 1] - _start[paper], reviewer);
        return at >= 0 ? _sortedPairs[at] : -1;
    }
}
