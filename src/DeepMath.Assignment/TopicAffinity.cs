namespace DeepMath.Assignment;

/// <summary>Affinity from topics: the share of the paper's (distinct) topics that the reviewer lists.</summary>
internal sealed class TopicAffinity
{
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
