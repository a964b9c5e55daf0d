using System.Text.RegularExpressions;

namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>The words a notification template may contain in braces, and their filling.</summary>
public static partial class Placeholders
{
    public static IReadOnlyDictionary<string, string> Described { get; } = new Dictionary<string, string>
    {
        ["presenter"] = "the presenting author's name",
        ["name"] = "the recipient's name",
        ["title"] = "the abstract's title",
        ["number"] = "the abstract's number",
        ["outcome"] = "the outcome, such as \"accepted as a poster\"",
        ["event"] = "the event's title",
        ["reviews"] = "the reviewers' comments to authors, as Reviewer 1, 2, 3",
        ["registration_link"] = "the link to register for the event",
        ["registration_deadline"] = "the last day of registration",
        ["submission_link"] = "the link to the submission, its decision, reviews and letter",
    };

    /// <summary>Placeholders in <paramref name="text"/> that do not exist.</summary>
    public static IReadOnlyList<string> Unknown(string text) =>
        [.. Pattern().Matches(text).Select(m => m.Groups[1].Value).Where(k => !Described.ContainsKey(k)).Distinct()];

    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Pattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Pattern();
}
