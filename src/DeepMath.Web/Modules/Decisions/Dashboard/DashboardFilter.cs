namespace DeepMath.Web.Modules.Decisions.Dashboard;

/// <summary>The table's query string: sort column and direction, filters, search and page.</summary>
public sealed class DashboardFilter
{
    public const int PageSize = 50;

    public static IReadOnlyList<(string Key, string Label)> Columns { get; } =
    [
        ("number", "No."), ("title", "Title"), ("done", "Reviews"), ("mean", "Mean"), ("sd", "SD"),
        ("weighted", "Conf.-weighted"), ("calibrated", "Calibrated"), ("decision", "Decision"),
    ];

    public string? Sort { get; set; }
    public string? Dir { get; set; }
    public string? Topic { get; set; }
    public string? State { get; set; }
    public string? Decision { get; set; }
    public bool Disagree { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>Whether no filter narrows the table (sorting and paging aside).</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Topic) && StateFilter is null
        && string.IsNullOrWhiteSpace(Decision) && !Disagree && string.IsNullOrWhiteSpace(Q);

    /// <summary>The state asked for, or null when none (or one that is not a state) is given.</summary>
    public Submissions.Contracts.SubmissionState? StateFilter =>
        Enum.TryParse<Submissions.Contracts.SubmissionState>(State, true, out var state) ? state : null;

    public string SortKey => Columns.Any(c => c.Key == Sort) ? Sort! : "number";

    /// <summary>Scores sort best first unless asked otherwise; names and numbers ascending.</summary>
    public bool Descending => Dir is "desc" || (Dir is not "asc" && SortKey is "done" or "mean" or "sd" or "weighted" or "calibrated");

    public string Query(string? sort = null, string? dir = null, int? page = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }
        Add("sort", sort ?? Sort);
        Add("dir", dir ?? Dir);
        Add("topic", Topic);
        Add("state", State);
        Add("decision", Decision);
        Add("disagree", Disagree ? "true" : null);
        Add("q", Q);
        Add("page", (page ?? Page) is > 1 and var p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }
}
