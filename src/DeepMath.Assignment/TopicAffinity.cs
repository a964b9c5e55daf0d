namespace DeepMath.Assignment;

/// <summary>
/// Affinity from topics: the mean over the paper's (distinct) topics of 1 for one the reviewer lists and
/// <see cref="NestedTopics.SharedAreaWeight"/> for one whose area the reviewer lists a topic of
/// (<see cref="NestedTopics.Affinity"/>, precomputed as bit sets).
/// </summary>
internal sealed class TopicAffinity
{
    private const long MaxDenominator = 1_000_000;

    private readonly int[][] _paperTopics;
    private readonly int[][] _paperAreas;
    private readonly ulong[] _reviewerTopicBits;
    private readonly ulong[] _reviewerAreaBits;
    private readonly int _words;

    public TopicAffinity(IReadOnlyList<Paper> papers, IReadOnlyList<Reviewer> reviewers)
    {
        var topicIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _paperTopics = new int[papers.Count][];
        _paperAreas = new int[papers.Count][];
        var nested = false;
        for (var p = 0; p < papers.Count; p++)
        {
            var distinct = papers[p].Topics.Distinct(StringComparer.Ordinal).ToArray();
            _paperTopics[p] = [.. distinct.Select(t => Intern(topicIds, t))];
            _paperAreas[p] = [.. distinct.Select(t => Intern(topicIds, NestedTopics.AreaOf(t)))];
            nested |= distinct.Any(t => NestedTopics.SubTopicOf(t) is not null);
        }

        foreach (var reviewer in reviewers)
        {
            foreach (var topic in reviewer.Topics)
            {
                Intern(topicIds, topic);
                Intern(topicIds, NestedTopics.AreaOf(topic));
                nested |= NestedTopics.SubTopicOf(topic) is not null;
            }
        }

        // Flat topics only ever match exactly; nested ones may add halves.
        Denominator = nested ? 2 : 1;
        foreach (var count in _paperTopics.Select(t => t.Length).Where(n => n > 1).Distinct())
        {
            var multiple = nested ? 2L * count : count;
            Denominator = Denominator / Gcd(Denominator, multiple) * multiple;
            if (Denominator > MaxDenominator)
            {
                Denominator = 1;
                break;
            }
        }

        _words = (topicIds.Count + 63) / 64;
        _reviewerTopicBits = new ulong[reviewers.Count * _words];
        _reviewerAreaBits = new ulong[reviewers.Count * _words];
        for (var r = 0; r < reviewers.Count; r++)
        {
            foreach (var topic in reviewers[r].Topics)
            {
                var t = topicIds[topic];
                _reviewerTopicBits[(r * _words) + (t >> 6)] |= 1UL << (t & 63);
                var a = topicIds[NestedTopics.AreaOf(topic)];
                _reviewerAreaBits[(r * _words) + (a >> 6)] |= 1UL << (a & 63);
            }
        }
    }

    /// <summary>
    /// The least common multiple of the papers' topic counts (times 2 when topics nest), 1 if that is unreasonably large.
    /// </summary>
    public long Denominator { get; }

    public double Of(int paper, int reviewer)
    {
        var topics = _paperTopics[paper];
        if (topics.Length == 0)
        {
            return 0;
        }

        var exact = 0;
        var sameArea = 0;
        var offset = reviewer * _words;
        var areas = _paperAreas[paper];
        for (var i = 0; i < topics.Length; i++)
        {
            var t = topics[i];
            var a = areas[i];
            if ((_reviewerTopicBits[offset + (t >> 6)] & (1UL << (t & 63))) != 0)
            {
                exact++;
            }
            else if ((_reviewerAreaBits[offset + (a >> 6)] & (1UL << (a & 63))) != 0)
            {
                sameArea++;
            }
        }

        return (exact + (NestedTopics.SharedAreaWeight * sameArea)) / topics.Length;
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
