using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

/// <summary>One line of the decision table, as the database computes it (sortable on every column).</summary>
public sealed class DashboardRow
{
    public Guid Id { get; init; }
    public int Number { get; init; }
    public string Title { get; init; } = string.Empty;
    public List<string> Topics { get; init; } = [];
    public SubmissionState State { get; init; }
    public FormatExceptionState? ExceptionState { get; init; }
    public int Assigned { get; init; }
    public int Done { get; init; }
    /// <summary>Filled for the rows of a page only: "7 · 4 · 8".</summary>
    public string? Scores { get; set; }
    public double? Mean { get; init; }
    public double? StdDev { get; init; }
    public double? WeightedMean { get; init; }
    public double? Calibrated { get; init; }
    public bool Disagree { get; init; }
    public string? Outcome { get; init; }
    public bool Sent { get; init; }
}
