using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using DeepMath.Web.Modules.Organisations.Emails;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.SupervisorLetter;

/// <summary>
/// The supervisor's upload through the e-mailed link. The link names the application and carries a secret whose
/// hash must match that application's: a wrong secret, or a right one for another application, is 404. It is
/// single use: once the letter is in, the link shows only that it was received and accepts nothing more, so a
/// forwarded or leaked copy cannot replace the letter.
/// </summary>
public sealed class SupervisorLetterHandler(IOrganisationsData db, IOutbox outbox, TimeProvider clock, CallOverview calls)
{
    public async Task<LetterPage?> PageAsync(Guid applicationId, string token, CancellationToken cancellationToken)
    {
        var application = await FindAsync(applicationId, token, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var award = await db.AwardCalls.AsNoTracking().Where(a => a.CallId == application.CallId).Select(a => a.AwardName).SingleAsync(cancellationToken);
        var zone = (await calls.FindAsync(application.CallId, cancellationToken))?.Window.Zone ?? TimeZoneInfo.Utc;
        return new LetterPage(application.Id, token, award, application.ApplicantName, application.ThesisTitle, application.SupervisorName, application.LetterReceivedAt, zone);
    }

    /// <param name="applicationUrl">The absolute link to the application's page, for the applicant's e-mail.</param>
    public async Task<Result> UploadAsync(Guid applicationId, string token, IFormFile? letter, string applicationUrl, CancellationToken cancellationToken)
    {
        var application = await FindAsync(applicationId, token, cancellationToken);
        if (application is null)
        {
            return Result.NotFound();
        }
        if (application.LetterReceivedAt is not null)
        {
            return Result.Forbidden();
        }
        var read = await PdfUpload.ReadAsync(letter, "your letter", cancellationToken);
        if (!read.Succeeded)
        {
            return Result.Invalid("letter", string.Join(" ", read.Messages) + " Nothing was saved; the link still works.");
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Claimed with a conditional update, so that two uploads through one link at once store one letter.
        var claimed = await db.AwardApplications.Where(a => a.Id == application.Id && a.LetterReceivedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.LetterReceivedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return Result.Forbidden();
        }
        db.ApplicationFiles.Add(new ApplicationFile
        {
            ApplicationId = application.Id, Kind = ApplicationFileKind.SupervisorLetter, FileName = PdfUpload.FileName(letter!), Content = read.Value,
            Sha256 = PdfUpload.Sha256(read.Value), UploadedAt = now,
        });
        var award = await db.AwardCalls.AsNoTracking().Where(a => a.CallId == application.CallId).Select(a => new { a.AwardName, a.EventId }).SingleAsync(cancellationToken);
        outbox.QueueNew(LetterReceivedEmail.Create(application.ApplicantEmail, application.ApplicantName, application.SupervisorName, award.AwardName, applicationUrl),
            $"award-letter-received:{application.Id}", award.EventId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }

    private async Task<AwardApplication?> FindAsync(Guid applicationId, string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var application = await db.AwardApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        return application is not null && application.Opens(token) ? application : null;
    }
}
