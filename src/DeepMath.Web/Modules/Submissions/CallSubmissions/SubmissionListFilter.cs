using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

/// <summary>
/// The organizers' search and filters on a call's submissions, from the query string: words in the title, the
/// number or an author's name or e-mail; the state; a topic; the format exception; the decision ("none" for
/// undecided). Empty fields filter nothing. The same filter picks the PDFs of a ZIP.
/// </summary>
public sealed class SubmissionListFilter
{
    public const string Undecided = "none";
    public const string NoException = "none";

    public string? Q { get; set; }
    public string? State { get; set; }
    public string? Topic { get; set; }
    public string? Exception { get; set; }
    public string? Decision { get; set; }

    public bool IsEmpty => Blank(Q) && Blank(State) && Blank(Topic) && Blank(Exception) && Blank(Decision);

    public IReadOnlyList<CallSubmissionRow> Apply(IEnumerable<CallSubmissionRow> rows, IReadOnlyDictionary<Guid, string> decisions)
    {
        var words = (Q ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. rows.Where(r => words.All(w => Matches(r, w))
            && (Blank(State) || string.Equals(r.State.ToString(), State, StringComparison.OrdinalIgnoreCase))
            && (Blank(Topic) || r.Topics.Contains(Topic!, StringComparer.Ordinal))
            && (Blank(Exception) || (Exception == NoException ? r.ExceptionState is null : string.Equals(r.ExceptionState?.ToString(), Exception, StringComparison.OrdinalIgnoreCase)))
            && (Blank(Decision) || (Decision == Undecided ? !decisions.ContainsKey(r.Id) : decisions.GetValueOrDefault(r.Id) == Decision)))];
    }

    /// <summary>The filter in words, for the page and the ZIP's description.</summary>
    public string Describe(Func<string, string> outcomeLabel)
    {
        var parts = new List<string>();
        if (!Blank(Q)) { parts.Add($"matching “{Q!.Trim()}”"); }
        if (!Blank(State)) { parts.Add($"state {State!.ToLowerInvariant()}"); }
        if (!Blank(Topic)) { parts.Add($"topic {Topic}"); }
        if (!Blank(Exception)) { parts.Add(Exception == NoException ? "no format exception" : $"exception {Exception!.ToLowerInvariant()}"); }
        if (!Blank(Decision)) { parts.Add(Decision == Undecided ? "undecided" : $"decision {outcomeLabel(Decision!)}"); }
        return parts.Count == 0 ? "all submissions" : string.Join(", ", parts);
    }

    /// <summary>The filter as route values, to keep it on links and redirects.</summary>
    public Dictionary<string, string?> RouteValues() => new()
    {
        ["q"] = Blank(Q) ? null : Q, ["state"] = Blank(State) ? null : State, ["topic"] = Blank(Topic) ? null : Topic,
        ["exception"] = Blank(Exception) ? null : Exception, ["decision"] = Blank(Decision) ? null : Decision,
    };

    private static bool Matches(CallSubmissionRow row, string word) =>
        row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == word.TrimStart('#')
        || row.Title.Contains(word, StringComparison.OrdinalIgnoreCase)
        || row.Authors.Any(a => a.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    public static IReadOnlyList<SubmissionState> States { get; } = [SubmissionState.Draft, SubmissionState.Submitted, SubmissionState.Withdrawn];

    public static IReadOnlyList<FormatExceptionState> ExceptionStates { get; } = [FormatExceptionState.Requested, FormatExceptionState.Granted, FormatExceptionState.Refused];
}
