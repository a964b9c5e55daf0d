using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using DeepMath.Web.Modules.Reviewing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.ManageAward;

/// <summary>A round's applications with their letters, the committee's scores and the awards given. The caller manages the organisation.</summary>
public sealed class ManageAwardQuery(IOrganisationsData db, ReviewScores scores, EventCalendar events)
{
    public async Task<ManageAwardPage?> LoadAsync(Organisation organisation, Guid callId, CancellationToken cancellationToken)
    {
        var award = await db.AwardCalls.AsNoTracking().SingleOrDefaultAsync(a => a.CallId == callId && a.OrganisationId == organisation.Id, cancellationToken);
        if (award is null)
        {
            return null;
        }
        var applications = await db.AwardApplications.AsNoTracking().Where(a => a.CallId == callId).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var awards = await db.Awards.AsNoTracking().Where(a => a.CallId == callId).OrderBy(a => a.AwardedAt).ToListAsync(cancellationToken);
        var overall = await scores.OverallScoresAsync([.. applications.Select(a => a.SubmissionId)], cancellationToken);
        var rows = applications.Select(a =>
        {
            var given = awards.FirstOrDefault(w => w.ApplicationId == a.Id);
            return new ApplicationRow(a.Id, a.SubmissionId, a.Number, a.ApplicantName, a.ApplicantEmail, a.ThesisTitle, a.SupervisorName,
                a.LetterReceivedAt is not null, overall.GetValueOrDefault(a.SubmissionId), given?.Id, given?.Title);
        }).ToList();
        var byId = applications.ToDictionary(a => a.Id);
        var awardRows = awards.Select(w => new AwardRow(w.Id, w.Title, byId[w.ApplicationId].ApplicantName, byId[w.ApplicationId].Number)).ToList();
        var ev = await events.FindAsync(award.EventId, cancellationToken);
        return new ManageAwardPage(organisation.Slug, organisation.Name, callId, award.AwardName, ev?.Slug ?? string.Empty, rows, awardRows);
    }
}
