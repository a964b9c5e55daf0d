namespace DeepMath.Assignment;

/// <summary>Affinity from topics: the share of the paper's (distinct) topics that the reviewer lists.</summary>
internal sealed class TopicAffinity
{
    private const long MaxDenominator = 1_000_000;

    private readonly int[][] _paperTopics;
    private readonly ulong[] _reviewerTopicBits;
    private readonly int _words;

    public TopicAffinity(IReadOnlyList<Paper> papers, IReadOnlyList<Reviewer> reviewers)
    {
        var topicIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _paperTopics = new int[papers.Count][];
        for (var p = 0; p < papers.Count; p++)
        {
            _paperTopics[p] = papers[p].Topics.Select(t => Intern(topicIds, t)).Distinct().ToArray();
        }

        foreach (var reviewer in reviewers)
        {
            foreach (var topic in reviewer.Topics)
            {
                Intern(topicIds, topic);
            }
        }

        Denominator = 1;
        foreach (var count in _paperTopics.Select(t => t.Length).Where(n => n > 1).Distinct())
        {
            Denominator = Denominator / Gcd(Denominator, count) * count;
            if (Denominator > MaxDenominator)
            {
                Denominator = 1;
                break;
            }
        }

        _words = (topicIds.Count + 63) / 64;
        _reviewerTopicBits = new ulong[reviewers.Count * _words];
        for (var r = 0; r < reviewers.Count; r++)
        {
            foreach (var topic in reviewers[r].Topics)
            {
                var t = topicIds[topic];
                _reviewerTopicBits[(r * _words) + (t >> 6)] |= 1UL << (t & 63);
            }
        }
    }

    /// <summary>The least common multiple of the papers' topic counts, 1 if that is unreasonably large.</summary>
    public long Denominator { get; }

    public double Of(int paper, int reviewer)
    {
        var topics = _paperTopics[paper];
        if (topics.Length == 0)
        {
            return 0;
        }

        var common = 0;
        var offset = reviewer * _words;
        foreach (var t in topics)
        {
            if ((_reviewerTopicBits[offset + (t >> 6)] & (1UL << (t & 63))) != 0)
            {
                common++;
            }
        }

        return (double)common / topics.Length;
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    private static int Intern(Dictionary<string, int> ids, string topic)
    {
        if (!ids.TryGetValue(topic, out var id))
        {
            id = ids.Count;
            ids.Add(topic, id);
        }

        return id;
    }
}
