using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Authorization;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.DeclareConflicts;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.FinalVersion;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>Reads what the submission page shows besides the form.</summary>
public sealed class SubmissionEditorQueries(ISubmissionsData db, CommitteeConflicts committee, TimeProvider clock, PresenterSlots slots, SentDecisions decisions)
{
    /// <summary>The page of an existing submission, for someone <paramref name="grant"/> lets read it.</summary>
    public Task<SubmissionEditorPage> PageAsync(CallInfo call, Submission submission, SubmissionForm form, StoredReport? uploadReport,
        SubmissionAccess.Grant grant, bool emailConfirmed, CancellationToken cancellationToken, bool reportIsRecheck = false) =>
        PageAsync(call, submission, form, uploadReport, grant.MayEdit, grant.IsOrganizer, emailConfirmed, cancellationToken, reportIsRecheck, grant.IsOwner);

    public async Task<SubmissionEditorPage> PageAsync(CallInfo call, Submission? submission, SubmissionForm form, StoredReport? uploadReport,
        bool mayEdit, bool isOrganizer, bool emailConfirmed, CancellationToken cancellationToken, bool reportIsRecheck = false, bool isSubmitter = true)
    {
        var now = clock.GetUtcNow();
        var isOpen = call.Window.IsOpenAt(now);
        var versions = submission is null ? [] : await VersionsAsync(submission.Id, cancellationToken);
        var report = uploadReport ?? (submission is null ? null : await LatestReportAsync(submission.Id, cancellationToken));
        var canEdit = mayEdit && isOpen && submission?.State != SubmissionState.Withdrawn;
        var conflicts = call.DoubleBlind && isSubmitter && submission is { State: not SubmissionState.Withdrawn }
            ? new AuthorConflictsPanel(submission.Id, await committee.MembersAsync(call.CallId, cancellationToken),
                await committee.DeclaredAsync(submission.Id, cancellationToken), now >= call.Window.ClosesAt)
            : null;
        var decision = submission is null ? null : (await decisions.ForSubmissionsAsync([submission.Id], cancellationToken)).GetValueOrDefault(submission.Id);
        var final = submission is not null && decision is { Accepts: true } && call.FinalVersionClosesAt is { } closesAt
            ? new FinalVersionPanel(closesAt, call.FinalVersionOn!.Value, mayEdit && now < closesAt, await FinalVersionsAsync(submission.Id, cancellationToken))
            : null;
        return new SubmissionEditorPage(call, submission, form, versions, report, uploadReport is not null, isOpen, emailConfirmed, canEdit, isOrganizer, conflicts,
            reportIsRecheck, submission is null ? null : await slots.ForSubmissionAsync(call.EventId, submission.Id, cancellationToken),
            decision, final, isSubmitter, mayEdit);
    }

    public async Task<IReadOnlyList<PdfVersionRow>> VersionsAsync(Guid submissionId, CancellationToken cancellationToken) =>
        await db.SubmissionPdfs.AsNoTracking()
            .Where(p => p.SubmissionId == submissionId)
            .OrderByDescending(p => p.Version)
            .Select(p => new PdfVersionRow(p.Version, p.Sha256, p.SizeBytes, p.UploadedAt, p.ErrorCount, p.WarningCount))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<FinalVersionRow>> FinalVersionsAsync(Guid submissionId, CancellationToken cancellationToken) =>
        await db.SubmissionFinalVersions.AsNoTracking()
            .Where(v => v.SubmissionId == submissionId)
            .OrderByDescending(v => v.Version)
            .Select(v => new FinalVersionRow(v.Version, v.Title, v.SavedAt))
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
