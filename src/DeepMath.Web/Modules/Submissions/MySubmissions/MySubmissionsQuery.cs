using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.MySubmissions;

/// <summary>
/// An author's submissions, newest change first, each with the check of its latest PDF and any decision sent: those they
/// submitted, and those listing them under their confirmed e-mail.
/// </summary>
public sealed class MySubmissionsQuery(ISubmissionsData db, SentDecisions decisions, AccountDirectory accounts, EventLookup events)
{
    public async Task<IReadOnlyList<MySubmissionRow>> ListAsync(string userId, bool emailConfirmed, CancellationToken cancellationToken)
    {
        var email = emailConfirmed ? (await accounts.ContactsAsync([userId], cancellationToken)).FirstOrDefault()?.Email.Trim().ToLowerInvariant() : null;
        var rows = await db.Submissions.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => s.OwnerId == userId
                || (email != null && s.Authors.Any(a => a.Email.ToLower() == email)))
            .OrderByDescending(s => s.UpdatedAt)
            .Select(s => new
            {
                s.Id, s.CallId, s.Number, s.Title, s.State, s.UpdatedAt, s.ExceptionState, s.OwnerId,
                Latest = db.SubmissionPdfs.Where(p => p.SubmissionId == s.Id).OrderByDescending(p => p.Version)
                    .Select(p => new { p.Version, p.ErrorCount, p.WarningCount }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var sent = await decisions.ForSubmissionsAsync([.. rows.Select(r => r.Id)], cancellationToken);
        var zones = await events.ZonesOfCallsAsync([.. rows.Select(r => r.CallId).Distinct()], cancellationToken);
        return [.. rows.Select(r => new MySubmissionRow(r.Id, r.CallId, r.Number, r.Title, r.State, r.UpdatedAt,
            r.Latest?.Version, r.Latest?.ErrorCount, r.Latest?.WarningCount, r.ExceptionState, zones[r.CallId], sent.GetValueOrDefault(r.Id)?.OutcomeLabel, r.OwnerId != userId))];
    }
}
