using DeepMath.Assignment;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>An area of a call's topics with its sub-topics' paths; <paramref name="Listed"/> says the area itself can be chosen.</summary>
public sealed record TopicArea(string Name, bool Listed, IReadOnlyList<string> SubTopics);

/// <summary>
/// A call's topics in two levels. They are stored as the flat list of what can be chosen: each area, then its
/// sub-topics as paths "Area › Sub-topic" (<see cref="NestedTopics"/>), so a call without sub-topics is the
/// plain list it always was. Organizers write them as an outline: an area on a line of its own, its
/// sub-topics below it on lines starting with a dash (or indented).
/// </summary>
public static class TopicOutline
{
    public const int MaxNameLength = 100;
    public const int MaxAreas = 50;
    public const int MaxTopics = 300;

    /// <summary>The areas in order with their sub-topics; a sub-topic whose area is not listed still groups under it.</summary>
    public static IReadOnlyList<TopicArea> Group(IEnumerable<string> topics)
    {
        var areas = new List<(string Name, bool Listed, List<string> Subs)>();
        foreach (var topic in topics)
        {
            var name = NestedTopics.AreaOf(topic);
            var index = areas.FindIndex(a => a.Name == name);
            if (index < 0)
            {
                areas.Add((name, false, []));
                index = areas.Count - 1;
            }
            if (NestedTopics.SubTopicOf(topic) is null)
            {
                areas[index] = areas[index] with { Listed = true };
            }
            else
            {
                areas[index].Subs.Add(topic);
            }
        }
        return [.. areas.Select(a => new TopicArea(a.Name, a.Listed, a.Subs))];
    }

    /// <summary>The outline an organizer edits.</summary>
    public static string Format(IEnumerable<string> topics) =>
        string.Join('\n', Group(topics).SelectMany(a => a.SubTopics.Select(s => "  - " + NestedTopics.SubTopicOf(s)).Prepend(a.Name)));

    /// <summary>A topic as people read it: "Sub-topic (Area)" for a sub-topic, the area's name otherwise.</summary>
    public static string Label(string topic) =>
        NestedTopics.SubTopicOf(topic) is { } sub ? $"{sub} ({NestedTopics.AreaOf(topic)})" : topic;

    /// <summary>
    /// Reads an outline into the stored list, or says line by line what is wrong and how to fix it. A repeated
    /// area or sub-topic (in any case) counts once, as repeated lines always did: sub-topics under an area's
    /// second mention join the first.
    /// </summary>
    public static (List<string> Topics, List<string> Errors) Parse(string? text)
    {
        var areas = new List<(string Name, List<string> Subs)>();
        var errors = new List<string>();
        int? area = null;
        var lines = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var trimmed = line.Trim();
            var isSub = char.IsWhiteSpace(line[0]) || trimmed[0] is '-' or '*' or '•';
            var name = isSub ? trimmed.TrimStart('-', '*', '•').Trim() : trimmed;
            var where = $"Line {i + 1}";
            if (name.Length == 0)
            {
                errors.Add($"{where} has a dash but no sub-topic after it: write the sub-topic's name after the dash, or delete the line.");
            }
            else if (name.Contains(NestedTopics.SeparatorMark, StringComparison.Ordinal))
            {
                errors.Add($"{where}: \"{name}\" contains '{NestedTopics.SeparatorMark}', which separates an area from its sub-topic: use another character.");
            }
            else if (name.Length > MaxNameLength)
            {
                errors.Add($"{where}: \"{name[..30]}…\" is {name.Length} characters long: a topic can have at most {MaxNameLength}.");
            }
            else if (!isSub)
            {
                area = areas.FindIndex(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
                if (area < 0)
                {
                    areas.Add((name, []));
                    area = areas.Count - 1;
                }
            }
            else if (area is not { } current)
            {
                errors.Add($"{where}: the sub-topic \"{name}\" has no area above it: put its area on the line above, without a dash or indent.");
            }
            else if (!areas[current].Subs.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                areas[current].Subs.Add(name);
            }
        }
        var topics = areas.SelectMany(a => a.Subs.Select(s => NestedTopics.Path(a.Name, s)).Prepend(a.Name)).ToList();
        if (areas.Count > MaxAreas || topics.Count > MaxTopics)
        {
            errors.Add($"List at most {MaxAreas} topics (areas), and at most {MaxTopics} areas and sub-topics in all; this list has {areas.Count} areas and {topics.Count} in all.");
        }
        return (topics, errors);
    }
}
