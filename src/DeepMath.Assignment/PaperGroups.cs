namespace DeepMath.Assignment;

/// <summary>
/// Pairs grouped by paper with a counting sort, so that each paper's bids, conflicts and
/// affinities can be visited together without hashing millions of pair keys.
/// </summary>
internal sealed class PaperGroups
{
    private readonly int[] _start;
    private readonly int[] _reviewers;
    private readonly int[] _sources;

    private PaperGroups(int[] start, int[] reviewers, int[] sources)
    {
        _start = start;
        _reviewers = reviewers;
        _sources = sources;
    }

    /// <param name="papers">The paper index of each pair.</param>
    /// <param name="reviewers">The reviewer index of each pair.</param>
    public static PaperGroups Build(int paperCount, int[] papers, int[] reviewers)
    {
        var start = new int[paperCount + 1];
        foreach (var p in papers)
        {
            start[p + 1]++;
        }

        for (var p = 0; p < paperCount; p++)
        {
            start[p + 1] += start[p];
        }

        var next = start[..paperCount];
        var groupedReviewers = new int[papers.Length];
        var sources = new int[papers.Length];
        for (var i = 0; i < papers.Length; i++)
        {
            var slot = next[papers[i]]++;
            groupedReviewers[slot] = reviewers[i];
            sources[slot] = i;
        }

        return new PaperGroups(start, groupedReviewers, sources);
    }

    public int Start(int paper) => _start[paper];

    public int End(int paper) => _start[paper + 1];

    public int Reviewer(int slot) => _reviewers[slot];

    /// <summary>The index of the pair in the input list, to read its value; input order is kept within a paper.</summary>
    public int Source(int slot) => _sources[slot];
}
