using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

public sealed record CallSubmissionsPage(CallInfo Call, IReadOnlyList<CallSubmissionRow> Rows);
