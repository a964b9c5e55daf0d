using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

/// <summary>Every submission of a call with the report on its latest PDF, in one query.</summary>
public sealed class CallSubmissionsQuery(ISubmissionsData db, CallDecisions decisions)
{
    /// <summary>The list page: the rows the filter keeps, with what the filters offer and the ZIPs asked for.</summary>
    public async Task<CallSubmissionsPage> PageAsync(CallInfo call, SubmissionListFilter filter, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(call.CallId, cancellationToken);
        var decided = await decisions.RecordedAsync(call.CallId, cancellationToken);
        var archives = await db.PdfArchives.AsNoTracking().Where(a => a.CallId == call.CallId).OrderByDescending(a => a.RequestedAt).Take(3).ToListAsync(cancellationToken);
        return new CallSubmissionsPage(call, filter.Apply(rows, decided), rows.Count, filter, await decisions.OutcomesAsync(call.CallId, cancellationToken), decided, archives);
    }

    public async Task<IReadOnlyList<CallSubmissionRow>> RowsAsync(Guid callId, CancellationToken cancellationToken)
    {
        var rows = await db.Submissions.AsNoTracking().Where(s => s.CallId == callId)
            .OrderBy(s => s.Number)
            .Select(s => new
            {
                s.Id, s.Number, s.Title, s.State, s.UpdatedAt, s.ExceptionRequest, s.ExceptionState, s.AuthorsFingerprint,
                s.Topics,
                Authors = s.Authors.OrderBy(a => a.Position).Select(a => a.Name + " <" + a.Email + ">").ToList(),
                Latest = db.SubmissionPdfs.Where(p => p.SubmissionId == s.Id).OrderByDescending(p => p.Version)
                    .Select(p => new { p.Version, p.ReportJson, p.ErrorCount, p.CheckedAuthorsFingerprint }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CallSubmissionRow(r.Id, r.Number, r.Title, r.State, r.Authors.FirstOrDefault() ?? "—", r.UpdatedAt,
            r.Latest?.Version, r.Latest is null ? null : StoredReport.FromJson(r.Latest.ReportJson), r.ExceptionRequest, r.ExceptionState,
            ReviewHold.Reason(new(r.State, r.ExceptionState, r.AuthorsFingerprint, r.Latest?.ErrorCount, r.Latest?.CheckedAuthorsFingerprint)),
            r.Topics, r.Authors))];
    }
}
