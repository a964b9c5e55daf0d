namespace DeepMath.Assignment;

/// <summary>
/// Topics in two levels, kept as plain strings so that flat topic lists stay valid: an area ("Generalization")
/// or a sub-topic written as its path ("Generalization › Benign overfitting"). A paper's topic the reviewer
/// lists exactly counts fully; one that only shares its area with a topic the reviewer lists (a sibling
/// sub-topic, the whole area, or a sub-topic of the paper's whole area) counts <see cref="SharedAreaWeight"/>.
/// </summary>
public static class NestedTopics
{
    /// <summary>Between an area and its sub-topic in a topic's path. A topic name cannot contain '›'.</summary>
    public const string Separator = " › ";

    /// <summary>The character that names cannot contain, since it separates the levels.</summary>
    public const char SeparatorMark = '›';

    /// <summary>What a topic that only shares its area with the reviewer's counts, against 1 for an exact match.</summary>
    public const double SharedAreaWeight = 0.5;

    public static string Path(string area, string subTopic) => area + Separator + subTopic;

    /// <summary>The area of a topic: the topic itself when it is an area (or a flat topic).</summary>
    public static string AreaOf(string topic)
    {
        var cut = topic.IndexOf(Separator, StringComparison.Ordinal);
        return cut < 0 ? topic : topic[..cut];
    }

    /// <summary>The sub-topic's own name, or null for an area.</summary>
    public static string? SubTopicOf(string topic)
    {
        var cut = topic.IndexOf(Separator, StringComparison.Ordinal);
        return cut < 0 ? null : topic[(cut + Separator.Length)..];
    }

    /// <summary>Whether <paramref name="topic"/> is <paramref name="area"/> or one of its sub-topics: what filtering by an area finds.</summary>
    public static bool IsWithin(string topic, string area) =>
        topic == area || topic.StartsWith(area + Separator, StringComparison.Ordinal);

    /// <summary>
    /// The topic affinity of a reviewer for a paper: the mean over the paper's distinct topics of 1 (listed
    /// exactly), <see cref="SharedAreaWeight"/> (same area) or 0. No topics on the paper: 0.
    /// </summary>
    public static double Affinity(IEnumerable<string> paperTopics, IReadOnlyCollection<string> reviewerTopics)
    {
        var topics = paperTopics.Distinct(StringComparer.Ordinal).ToList();
        if (topics.Count == 0)
        {
            return 0;
        }
        var areas = reviewerTopics.Select(AreaOf).ToHashSet(StringComparer.Ordinal);
        var sum = topics.Sum(t => reviewerTopics.Contains(t) ? 1 : areas.Contains(AreaOf(t)) ? SharedAreaWeight : 0);
        return sum / topics.Count;
    }
}
