using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.SharedKernel;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Notify;

/// <summary>The sending page: what awaits sending by outcome, the submissions still undecided, and the latest deliveries.</summary>
public sealed class NotifyPageQuery(IDecisionsData db, SubmissionCatalog catalog, OutcomeCatalog outcomes, DeliveryQuery deliveries)
{
    public async Task<NotifyPage> PageAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var callId = call.CallId;
        var settings = await db.DecisionSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken) ?? new DecisionSettings { CallId = callId };
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        var awaiting = await db.Decisions.AsNoTracking().Where(d => d.CallId == callId && (d.SentRevision == null || d.SentRevision != d.Revision))
            .GroupBy(d => d.OutcomeKey).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var undecidedQuery = catalog.InCall(callId).Where(s => s.State == SubmissionState.Submitted && !db.Decisions.Any(d => d.SubmissionId == s.Id));
        var undecided = await undecidedQuery.OrderBy(s => s.Number).Take(100).Select(s => new Undecided(s.Id, s.Number, s.Title)).ToListAsync(cancellationToken);
        var shown = await deliveries.ForCall(callId).OrderBy(d => d.State == OutboxState.Failed ? 0 : 1).ThenByDescending(d => d.QueuedAt)
            .Take(NotifyPage.DeliveriesShown).ToListAsync(cancellationToken);
        var ids = shown.Select(d => d.SubmissionId).Distinct().ToList();
        var numbers = await catalog.InCall(callId).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, cancellationToken);
        return new NotifyPage(call, settings, call.NotificationOn is { } date ? WholeDays.StartOf(date, call.Window.Zone) : null,
            [.. known.Select(o => (o, awaiting.FirstOrDefault(a => a.Key == o.Key)?.Count ?? 0)).Where(a => a.Item2 > 0)],
            await undecidedQuery.CountAsync(cancellationToken), undecided, await deliveries.CountsAsync(callId, cancellationToken), shown, numbers);
    }
}
