using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

/// <param name="Authors">Every author as "Name &lt;e-mail&gt;", for the search.</param>
public sealed record CallSubmissionRow(Guid Id, int Number, string Title, SubmissionState State, string Presenter, DateTimeOffset UpdatedAt,
    int? LatestVersion, StoredReport? LatestReport, string? ExceptionRequest, FormatExceptionState? ExceptionState, string? HeldBack,
    IReadOnlyList<string> Topics, IReadOnlyList<string> Authors)
{
    public bool OpenToReview => State == SubmissionState.Submitted && HeldBack is null;
}
