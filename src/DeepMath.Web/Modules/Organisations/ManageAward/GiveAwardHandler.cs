using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using DeepMath.Web.Modules.Organisations.EditNews;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeepMath.Web.Modules.Organisations.ManageAward;

/// <summary>
/// The decision step of an award round: give an award to an application, take it back, and draft the winner's
/// announcement. One award per applicant and round, checked here with a message and kept by unique indexes.
/// </summary>
public sealed class GiveAwardHandler(IOrganisationsData db, EditNewsHandler news, TimeProvider clock)
{
    public async Task<Result<string>> GiveAsync(Guid organisationId, Guid callId, Guid applicationId, string? title, string awardedBy, CancellationToken cancellationToken)
    {
        var award = await db.AwardCalls.AsNoTracking().SingleOrDefaultAsync(a => a.CallId == callId && a.OrganisationId == organisationId, cancellationToken);
        var application = await db.AwardApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.CallId == callId, cancellationToken);
        if (award is null || application is null)
        {
            return Result<string>.NotFound();
        }
        var name = string.IsNullOrWhiteSpace(title) ? "Winner" : title.Trim();
        if (name.Length > Award.TitleMaxLength)
        {
            return Result<string>.Invalid("title", $"The award's title can have at most {Award.TitleMaxLength} characters.");
        }
        if (await OneAlreadyAsync(callId, application, cancellationToken) is { } refusal)
        {
            return Result<string>.Invalid("title", refusal);
        }
        db.Awards.Add(new Award
        {
            CallId = callId, ApplicationId = application.Id, ApplicantUserId = application.ApplicantUserId, ApplicantEmail = application.ApplicantEmail,
            Title = name, AwardedAt = clock.GetUtcNow(), AwardedBy = awardedBy,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another organizer gave this applicant an award at the same moment.
            db.ChangeTracker.Clear();
            return Result<string>.Invalid("title", await OneAlreadyAsync(callId, application, cancellationToken) ?? "This applicant already has an award in this round.");
        }
        return $"{application.ApplicantName} receives the {award.AwardName} ({name}). Announce it when you are ready.";
    }

    public async Task<Result<string>> TakeBackAsync(Guid organisationId, Guid callId, Guid awardId, CancellationToken cancellationToken)
    {
        if (!await db.AwardCalls.AnyAsync(a => a.CallId == callId && a.OrganisationId == organisationId, cancellationToken))
        {
            return Result<string>.NotFound();
        }
        return await db.Awards.Where(a => a.Id == awardId && a.CallId == callId).ExecuteDeleteAsync(cancellationToken) > 0
            ? "The award is taken back. A news item that announced it stays until you edit or delete it."
            : Result<string>.NotFound();
    }

    /// <returns>The id of the new draft news item.</returns>
    public async Task<Result<Guid>> AnnounceAsync(Guid organisationId, Guid callId, Guid awardId, CancellationToken cancellationToken)
    {
        var given = await db.Awards.AsNoTracking().Where(a => a.Id == awardId && a.CallId == callId)
            .Join(db.AwardApplications, w => w.ApplicationId, a => a.Id, (w, a) => new { Award = w, Application = a })
            .Join(db.AwardCalls, x => x.Award.CallId, c => c.CallId, (x, c) => new { x.Award, x.Application, Call = c })
            .SingleOrDefaultAsync(x => x.Call.OrganisationId == organisationId, cancellationToken);
        if (given is null)
        {
            return Result<Guid>.NotFound();
        }
        var a = given.Application;
        var headline = given.Award.Title == "Winner" ? $"{given.Call.AwardName} goes to {a.ApplicantName}" : $"{given.Call.AwardName}: {given.Award.Title} to {a.ApplicantName}";
        var body = $"The prize committee of the {given.Call.AwardName} has chosen **{a.ApplicantName}** for the thesis *{a.ThesisTitle}*, "
            + $"supervised by {a.SupervisorName}.\n\nCongratulations!";
        return await news.DraftAsync(organisationId, headline, body, cancellationToken);
    }

    private async Task<string?> OneAlreadyAsync(Guid callId, AwardApplication application, CancellationToken cancellationToken)
    {
        var earlier = await db.Awards.AsNoTracking()
            .Where(w => w.CallId == callId && (w.ApplicantUserId == application.ApplicantUserId || w.ApplicantEmail == application.ApplicantEmail))
            .Join(db.AwardApplications, w => w.ApplicationId, a => a.Id, (w, a) => new { w.Title, a.Number })
            .FirstOrDefaultAsync(cancellationToken);
        return earlier is null ? null
            : $"{application.ApplicantName} already has an award in this round ({earlier.Title}, application {earlier.Number}). "
              + "An applicant receives at most one award per round: choose another application, or take the first award back.";
    }
}
