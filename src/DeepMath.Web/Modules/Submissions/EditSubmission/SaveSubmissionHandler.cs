using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Checking;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>
/// Creates or saves a submission, with an optional new PDF, and submits it on request. Everything is
/// decided before anything is written; the call's window is checked at the instant of saving, after
/// the upload has been read, and the row, its PDF version and the bytes commit in one transaction (the caller's, when it
/// opened one: an award application commits its thesis and its own row together).
/// </summary>
public sealed class SaveSubmissionHandler(
    ISubmissionsData db, CallOverview calls, TimeProvider clock, UploadChecker checker, IPdfStore store, ReceiptMailer receipts, StoredPdfRecheck recheck,
    PendingUploads pendingUploads)
{
    /// <param name="userId">Who saves: the owner of a new submission. For an existing one the caller has checked that they may edit it
    /// (<see cref="Authorization.SubmissionAccess.Grant.MayEdit"/>); only its submitter changes who else may.</param>
    /// <param name="checks">Receives the format check's report, to show with the form whatever the result.</param>
    /// <returns>The saved submission; what to correct; or a conflict once the call has closed.</returns>
    public async Task<Result<Submission>> HandleAsync(Guid callId, Guid? submissionId, string userId, SubmissionForm form, IFormFile? pdf, SubmissionChecks checks,
        CancellationToken cancellationToken)
    {
        var submission = submissionId is null ? null
            : await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        var call = await calls.FindAsync(submission?.CallId ?? callId, cancellationToken);
        if (call is null || (submissionId is not null && submission is null))
        {
            return Result<Submission>.NotFound();
        }
        if (submission?.State == SubmissionState.Withdrawn)
        {
            return Result<Submission>.Invalid($"Submission {submission.Number} is withdrawn; it cannot change any more.");
        }
        var authors = form.ListedAuthors();
        if (submission is not null && submission.OwnerId != userId)
        {
            submission.KeepEditorsOf(authors);
        }
        var submitting = form.Command == SubmissionForm.Submit || submission?.State == SubmissionState.Submitted;
        var errors = SubmissionValidator.Errors(form, authors, call, submitting);

        CheckedUpload? upload = null;
        PendingUpload? pending = null;
        if (pdf is { Length: 0 })
        {
            // A browser leaves out a file input left blank; a file that is there but empty is a mistake to report.
            errors.Add(SubmissionUploads.EmptyFileMessage(pdf.FileName, submission is not null));
        }
        else if (pdf is not null)
        {
            await using var stream = pdf.OpenReadStream();
            upload = await checker.CheckAsync(stream, call.FormatRules, authors, cancellationToken);
            if (upload.Refused)
            {
                errors.Add("The uploaded file was not stored; " + (submission is null ? "nothing was saved." : "your earlier PDF is kept."));
            }
        }
        else if (await pendingUploads.FindAsync(form, userId, cancellationToken) is { } kept && await pendingUploads.ReadAsync(kept, cancellationToken) is { } keptBytes)
        {
            // The PDF chosen before the form went round: saved now as if chosen again.
            pending = kept;
            await using var stream = new MemoryStream(keptBytes);
            upload = await checker.CheckAsync(stream, call.FormatRules, authors, cancellationToken);
        }
        // Authors changed since the stored PDF was checked: check it again now, so that a co-author named in
        // the text is found before the abstract can be submitted or stay submitted.
        var rechecked = upload is null && submission is not null
            ? await recheck.CheckAsync(submission.Id, authors, call.FormatRules, always: false, cancellationToken)
            : null;
        var uploadReport = upload is null ? rechecked?.Report : StoredReport.From(upload.Report);
        checks.UploadReport = uploadReport;
        checks.Rechecked = rechecked is not null;

        var now = clock.GetUtcNow();
        if (!call.Window.IsOpenAt(now))
        {
            return Result<Submission>.Conflict(ClosedCallMessage.For(call, now));
        }
        if (errors.Count == 0 && authors.Count > 0 && await PresenterConflictAsync(call.CallId, submission?.Id, authors[0].Email, cancellationToken) is { } conflict)
        {
            errors.Add(conflict);
        }
        if (errors.Count == 0 && submitting)
        {
            errors.AddRange(await SubmitProblemsAsync(submission, upload, rechecked, form.ExceptionRequest, cancellationToken));
        }
        if (errors.Count > 0)
        {
            if (pdf is not null && upload is { Refused: false })
            {
                // An error elsewhere on the form: keep the new PDF so that the author does not have to choose it again.
                await pendingUploads.KeepAsync(form, userId, pdf.FileName, upload, cancellationToken);
            }
            return Refused(errors);
        }

        await using var transaction = await SharedTransaction.BeginOrJoinAsync(db, cancellationToken);
        // The bytes go in before the call's number is taken: the number's counter row stays locked until the
        // commit, and in a deadline surge every new submission queues on it, so it is held for as little as possible.
        var storageKey = upload is { Content: { } content, Sha256: { } hash } ? await store.PutAsync(content, hash, cancellationToken) : null;
        if (submission is null)
        {
            submission = new Submission
            {
                CallId = call.CallId,
                Number = await SubmissionNumbers.NextAsync(db, call.CallId, cancellationToken),
                OwnerId = userId,
                Title = string.Empty,
                State = SubmissionState.Draft,
                CreatedAt = now,
            };
            db.Submissions.Add(submission);
        }
        else
        {
            // Two saves of one submission at once (two tabs) take turns, so version numbers never collide.
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM submissions.submissions WHERE id = {submission.Id} FOR UPDATE", cancellationToken);
        }
        var wasSubmitted = submission.State == SubmissionState.Submitted;
        submission.Title = form.Title!.Trim();
        submission.Abstract = form.Abstract?.Trim() ?? string.Empty;
        submission.SetAuthors(authors);
        submission.Topics = [.. form.Topics.Distinct()];
        submission.Disciplines = [.. form.Disciplines.Distinct()];
        submission.ExceptionRequest = string.IsNullOrWhiteSpace(form.ExceptionRequest) ? null : form.ExceptionRequest.Trim();
        submission.UpdatedAt = now;

        SubmissionPdf? newPdf = null;
        if (upload is { Content: { } bytes, Sha256: { } sha256 })
        {
            var version = await db.SubmissionPdfs.Where(p => p.SubmissionId == submission.Id).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
            newPdf = new SubmissionPdf
            {
                SubmissionId = submission.Id, Version = version + 1, Sha256 = sha256, SizeBytes = bytes.LongLength, UploadedAt = now,
                StorageKey = storageKey!, ReportJson = uploadReport!.ToJson(),
                ErrorCount = uploadReport.Errors.Count, WarningCount = uploadReport.Warnings.Count, CheckedAt = now,
                CheckedAuthorsFingerprint = submission.AuthorsFingerprint,
            };
            db.SubmissionPdfs.Add(newPdf);
        }

        rechecked?.Apply(now);
        if (pending is not null)
        {
            await db.PendingUploads.Where(p => p.Id == pending.Id).ExecuteDeleteAsync(cancellationToken);
        }

        if (submitting)
        {
            var latest = newPdf ?? await db.SubmissionPdfs.Where(p => p.SubmissionId == submission.Id).OrderByDescending(p => p.Version).FirstAsync(cancellationToken);
            if (latest.ErrorCount == 0)
            {
                submission.ExceptionState = null;
            }
            else if (newPdf is not null || rechecked is { NewErrors: true } || !wasSubmitted || submission.ExceptionState is null)
            {
                // A new decision is needed for a new PDF with errors, or new errors found because the authors
                // changed, even if an earlier one was granted; until then the abstract is held back from review.
                submission.ExceptionState = FormatExceptionState.Requested;
                submission.ExceptionDecidedBy = null;
                submission.ExceptionDecidedAt = null;
            }
            submission.State = SubmissionState.Submitted;
            submission.SubmittedAt ??= now;
            if (!wasSubmitted || newPdf is not null)
            {
                await receipts.QueueAsync(submission, latest, call, replacement: wasSubmitted, cancellationToken);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: SubmissionConfiguration.OnePerPresenterIndex })
        {
            return Result<Submission>.Invalid($"{authors[0].Email} is already the presenting author of another abstract in this call. Each presenting author may submit one abstract.");
        }
        await transaction.CommitAsync(cancellationToken);
        return submission;
    }

    /// <summary>Every message about the form as a whole, as the page lists them above it.</summary>
    private static Result<Submission> Refused(IReadOnlyList<string> errors) =>
        Result<Submission>.Invalid(new Dictionary<string, IReadOnlyList<string>> { [string.Empty] = errors });

    /// <summary>
    /// For a post that only rearranges the form (add, remove or move an author): checks and keeps a newly chosen PDF so that it
    /// survives the round trip, or refreshes the one kept before; returns the new file's report to show.
    /// </summary>
    public async Task<StoredReport?> KeepForRoundTripAsync(CallInfo call, string userId, SubmissionForm form, IFormFile? pdf, CancellationToken cancellationToken)
    {
        if (pdf is not { Length: > 0 })
        {
            await pendingUploads.FindAsync(form, userId, cancellationToken);
            return null;
        }
        await using var stream = pdf.OpenReadStream();
        var upload = await checker.CheckAsync(stream, call.FormatRules, form.ListedAuthors(), cancellationToken);
        if (upload.Refused)
        {
            await pendingUploads.FindAsync(form, userId, cancellationToken);
        }
        else
        {
            await pendingUploads.KeepAsync(form, userId, pdf.FileName, upload, cancellationToken);
        }
        return StoredReport.From(upload.Report);
    }

    private async Task<string?> PresenterConflictAsync(Guid callId, Guid? submissionId, string email, CancellationToken cancellationToken)
    {
        var presenter = email.ToLowerInvariant();
        var existing = await db.Submissions.AsNoTracking()
            .Where(s => s.CallId == callId && s.Id != submissionId && s.State != SubmissionState.Withdrawn && s.PresenterEmail == presenter)
            .Select(s => new { s.Number, s.Title })
            .FirstOrDefaultAsync(cancellationToken);
        return existing is null ? null
            : $"{email} is already the presenting author of submission {existing.Number}, \"{existing.Title}\", in this call. "
              + "Each presenting author may submit one abstract: list another presenting author first, or withdraw the other submission.";
    }

    private async Task<IEnumerable<string>> SubmitProblemsAsync(Submission? submission, CheckedUpload? upload, Rechecked? rechecked, string? exceptionRequest,
        CancellationToken cancellationToken)
    {
        int? errorCount = upload is { Refused: false } ? upload.Report.Errors.Count
            : rechecked is not null ? rechecked.Report.Errors.Count
            : submission is null ? null
            : await db.SubmissionPdfs.Where(p => p.SubmissionId == submission.Id).OrderByDescending(p => p.Version).Select(p => (int?)p.ErrorCount).FirstOrDefaultAsync(cancellationToken);
        return errorCount switch
        {
            null => ["Upload the PDF of your abstract before you submit."],
            > 0 when string.IsNullOrWhiteSpace(exceptionRequest) =>
                [(rechecked is null ? "" : "The authors changed, so the stored PDF was checked again against them. ")
                 + $"The PDF has {Infrastructure.Web.Counted.Of(errorCount ?? 0, "format error")}, listed in the check report. Fix them and upload the PDF again, or explain in a format-exception request why it should be accepted as it is."],
            _ => [],
        };
    }
}
