using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

public sealed record CallSubmissionRow(Guid Id, int Number, string Title, SubmissionState State, string Presenter, DateTimeOffset UpdatedAt,
    int? LatestVersion, StoredReport? LatestReport, string? ExceptionRequest, FormatExceptionState? ExceptionState, string? HeldBack)
{
    public bool OpenToReview => State == SubmissionState.Submitted && HeldBack is null;
}
