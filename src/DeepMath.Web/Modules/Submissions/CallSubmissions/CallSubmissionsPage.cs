using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

/// <param name="Rows">The rows the filter keeps, in number order.</param>
/// <param name="Total">How many submissions the call has, filter or not.</param>
/// <param name="Decisions">The outcome key recorded for each decided submission.</param>
/// <param name="Archives">The latest ZIPs of PDFs asked for, newest first.</param>
public sealed record CallSubmissionsPage(CallInfo Call, IReadOnlyList<CallSubmissionRow> Rows, int Total, SubmissionListFilter Filter,
    IReadOnlyList<OutcomeChoice> Outcomes, IReadOnlyDictionary<Guid, string> Decisions, IReadOnlyList<PdfArchive> Archives)
{
    public string OutcomeLabel(string key) => Outcomes.FirstOrDefault(o => o.Key == key)?.Label ?? key;
}
