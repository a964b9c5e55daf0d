using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using DeepMath.Web.Modules.Organisations.Emails;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.Apply;

/// <summary>
/// Takes an application: the CV and fields are checked first, then the thesis goes in as a submission to the
/// round's call (the Submissions module checks it against the call's rules and the deadline), then the
/// application, its CV and the supervisor's e-mail. All of it is one transaction: the thesis's submission joins it,
/// so a failure at any step leaves neither a submission nor its PDF nor an application behind.
/// </summary>
public sealed class ApplyHandler(
    IOrganisationsData db, CallOverview calls, AccountDirectory accounts, ApplicationIntake intake, IOutbox outbox, TimeProvider clock)
{
    public async Task<ApplyPage?> PageAsync(Guid callId, string userId, ApplicationForm? form, CancellationToken cancellationToken)
    {
        var award = await db.AwardCalls.AsNoTracking().SingleOrDefaultAsync(a => a.CallId == callId, cancellationToken);
        if (award is null || await calls.FindAsync(callId, cancellationToken) is not { } call)
        {
            return null;
        }
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == award.OrganisationId, cancellationToken);
        var existing = await db.AwardApplications.AsNoTracking().Where(a => a.CallId == callId && a.ApplicantUserId == userId)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (form is null)
        {
            var me = (await accounts.ContactsAsync([userId], cancellationToken)).SingleOrDefault();
            form = new ApplicationForm { Name = me?.DisplayName ?? string.Empty };
        }
        var last = TimeZoneInfo.ConvertTime(call.Window.LastAcceptedInstant, call.Window.Zone);
        var deadline = $"{last:d MMMM yyyy}, 23:59 ({call.Window.Zone.Id})";
        return new ApplyPage(callId, award.AwardName, organisation.Slug, organisation.Name, deadline, call.Window.IsOpenAt(clock.GetUtcNow()),
            call.Disciplines, form, existing);
    }

    /// <param name="letterUrl">The absolute upload link for an application id and secret.</param>
    /// <returns>The application's id.</returns>
    public async Task<Result<Guid>> HandleAsync(Guid callId, string userId, ApplicationForm form, bool fieldsValid, IFormFile? thesis, IFormFile? cv,
        Func<Guid, string, string> letterUrl, CancellationToken cancellationToken)
    {
        var award = await db.AwardCalls.AsNoTracking().SingleOrDefaultAsync(a => a.CallId == callId, cancellationToken);
        if (award is null || await calls.FindAsync(callId, cancellationToken) is not { } call)
        {
            return Result<Guid>.NotFound();
        }
        var applicant = (await accounts.ContactsAsync([userId], cancellationToken)).Single();
        var errors = new ErrorList();
        if (await db.AwardApplications.AnyAsync(a => a.CallId == callId && a.ApplicantUserId == userId, cancellationToken))
        {
            errors.Add("You have applied in this round already; see your application below. One application per person and round.");
            return errors.ToResult(Guid.Empty);
        }
        if (!call.Disciplines.Contains(form.Discipline))
        {
            errors.Add(nameof(form.Discipline), "Choose the field of your thesis from the list.");
        }
        if (string.Equals((form.SupervisorEmail ?? string.Empty).Trim(), applicant.Email, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(nameof(form.SupervisorEmail), "Give your supervisor's e-mail address, not your own: the letter must come from them.");
        }
        if (thesis is null or { Length: 0 })
        {
            errors.Add("thesis", "Choose the PDF of your thesis.");
        }
        var cvRead = await PdfUpload.ReadAsync(cv, "your CV", cancellationToken);
        foreach (var cvError in cvRead.Messages)
        {
            errors.Add("cv", cvError);
        }
        if (!fieldsValid || errors.Any)
        {
            return errors.Any ? errors.ToResult(Guid.Empty) : Result<Guid>.Invalid("Correct the fields marked below; nothing was saved.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var submitted = await intake.SubmitAsync(callId, userId, form.ThesisTitle.Trim(), form.Summary.Trim(),
            new Applicant(form.Name.Trim(), applicant.Email, form.Affiliation.Trim(), form.Country?.Trim() ?? string.Empty),
            call.Topics.FirstOrDefault() ?? string.Empty, form.Discipline, thesis!, cancellationToken);
        if (!submitted.Succeeded)
        {
            foreach (var error in submitted.Messages)
            {
                errors.Add("thesis", error);
            }
            errors.Add("Nothing was saved: correct the above and apply again.");
            return errors.ToResult(Guid.Empty);
        }

        var now = clock.GetUtcNow();
        var secret = AwardApplication.NewSecret();
        var application = new AwardApplication
        {
            CallId = callId, SubmissionId = submitted.Value.SubmissionId, Number = submitted.Value.Number, ApplicantUserId = userId, ApplicantName = form.Name.Trim(),
            ApplicantEmail = applicant.Email.ToLowerInvariant(), ThesisTitle = form.ThesisTitle.Trim(), SupervisorName = form.SupervisorName.Trim(),
            SupervisorEmail = form.SupervisorEmail!.Trim(), LetterTokenHash = AwardApplication.Hash(secret), CreatedAt = now,
        };
        db.AwardApplications.Add(application);
        db.ApplicationFiles.Add(new ApplicationFile
        {
            ApplicationId = application.Id, Kind = ApplicationFileKind.Cv, FileName = PdfUpload.FileName(cv!), Content = cvRead.Value,
            Sha256 = PdfUpload.Sha256(cvRead.Value), UploadedAt = now,
        });
        outbox.QueueNew(
            SupervisorLetterEmail.Create(application.SupervisorEmail, application.SupervisorName, application.ApplicantName, application.ThesisTitle,
                award.AwardName, letterUrl(application.Id, secret)),
            $"award-letter-request:{application.Id}", call.EventId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The thesis's submission is in the same transaction and goes back with the rest when it is disposed.
            errors.Add("Your application could not be saved, and nothing of it was kept (neither the thesis nor the CV). "
                + "Send the form again in a moment; if this happens again, write to the programme's managers.");
            return errors.ToResult(Guid.Empty);
        }
        await transaction.CommitAsync(cancellationToken);
        return application.Id;
    }
}
