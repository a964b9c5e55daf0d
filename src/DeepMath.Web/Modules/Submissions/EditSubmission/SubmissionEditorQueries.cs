using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.DeclareConflicts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>Reads what the submission page shows besides the form.</summary>
public sealed class SubmissionEditorQueries(ISubmissionsData db, CommitteeConflicts committee, TimeProvider clock, PresenterSlots slots)
{
    public async Task<SubmissionEditorPage> PageAsync(CallInfo call, Submission? submission, SubmissionForm form, StoredReport? uploadReport,
        bool isOwner, bool isOrganizer, bool emailConfirmed, CancellationToken cancellationToken, bool reportIsRecheck = false)
    {
        var isOpen = call.Window.IsOpenAt(clock.GetUtcNow());
        var versions = submission is null ? [] : await VersionsAsync(submission.Id, cancellationToken);
        var report = uploadReport ?? (submission is null ? null : await LatestReportAsync(submission.Id, cancellationToken));
        var canEdit = isOwner && isOpen && submission?.State != SubmissionState.Withdrawn;
        var conflicts = call.DoubleBlind && isOwner && submission is { State: not SubmissionState.Withdrawn }
            ? new AuthorConflictsPanel(submission.Id, await committee.MembersAsync(call.CallId, cancellationToken),
                await committee.DeclaredAsync(submission.Id, cancellationToken), clock.GetUtcNow() >= call.Window.ClosesAt)
            : null;
        return new SubmissionEditorPage(call, submission, form, versions, report, uploadReport is not null, isOpen, emailConfirmed, canEdit, isOrganizer, conflicts,
            reportIsRecheck, submission is null ? null : await slots.ForSubmissionAsync(call.EventId, submission.Id, cancellationToken));
    }

    public async Task<IReadOnlyList<PdfVersionRow>> VersionsAsync(Guid submissionId, CancellationToken cancellationToken) =>
        await db.SubmissionPdfs.AsNoTracking()
            .Where(p => p.SubmissionId == submissionId)
            .OrderByDescending(p => p.Version)
            .Select(p => new PdfVersionRow(p.Version, p.Sha256, p.SizeBytes, p.UploadedAt, p.ErrorCount, p.WarningCount))
            .ToListAsync(cancellationToken);

    public async Task<StoredReport?> LatestReportAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var json = await db.SubmissionPdfs.AsNoTracking()
            .Where(p => p.SubmissionId == submissionId)
            .OrderByDescending(p => p.Version)
            .Select(p => p.ReportJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : StoredReport.FromJson(json);
    }
}
