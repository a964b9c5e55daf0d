using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

public sealed record ReviewerOnPaper(Guid ReviewerId, string Name, BidValue? Bid);

public sealed record AssignmentRow(Guid SubmissionId, int Number, string Title, IReadOnlyList<ReviewerOnPaper> Reviewers);

public sealed record ReviewerChoice(Guid ReviewerId, string Name, int Load, int MaxLoad);

/// <param name="Settings">For an applied automatic assignment, how it was made (mode, weights, constraints), in words.</param>
public sealed record LogRow(Guid BatchId, AssignmentBatchKind Kind, DateTimeOffset At, string Summary, int PairCount, DateTimeOffset? UndoneAt, string? Settings = null);

public sealed record AssignmentsPage(CallInfo Call, IReadOnlyList<AssignmentRow> Rows, IReadOnlyList<ReviewerChoice> Reviewers, IReadOnlyList<LogRow> Log)
{
    public string Shown(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Call.Window.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
