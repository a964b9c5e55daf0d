using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Submissions.MySubmissions;

/// <param name="LatestErrors">Errors in the latest PDF, or null when there is no PDF yet.</param>
/// <param name="AsCoAuthor">Listed on it as an author, not its submitter.</param>
/// <param name="Zone">The zone of the call's event, in which its times are shown.</param>
/// <param name="SentDecision">The decision as sent to the authors; null until it is sent.</param>
public sealed record MySubmissionRow(Guid Id, Guid CallId, int Number, string Title, SubmissionState State, DateTimeOffset UpdatedAt,
    int? LatestVersion, int? LatestErrors, int? LatestWarnings, FormatExceptionState? ExceptionState, TimeZoneInfo Zone, string? SentDecision = null, bool AsCoAuthor = false);
