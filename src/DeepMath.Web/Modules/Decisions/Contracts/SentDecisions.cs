using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Contracts;

/// <summary>A decision as its authors know it: only what was sent.</summary>
public sealed record SentDecision(Guid SubmissionId, string OutcomeLabel, bool Accepts);

/// <summary>The Decisions module's public face for the authors' pages.</summary>
public sealed class SentDecisions(IDecisionsData db)
{
    public async Task<IReadOnlyDictionary<Guid, SentDecision>> ForSubmissionsAsync(IReadOnlyCollection<Guid> submissionIds, CancellationToken cancellationToken = default)
    {
        var sent = await db.Decisions.AsNoTracking()
            .Where(d => submissionIds.Contains(d.SubmissionId) && d.SentAt != null)
            .Select(d => new { d.SubmissionId, d.CallId, d.SentOutcomeKey })
            .ToListAsync(cancellationToken);
        var callIds = sent.Select(d => d.CallId).Distinct().ToList();
        var custom = await db.CustomOutcomes.AsNoTracking().Where(o => callIds.Contains(o.CallId)).ToListAsync(cancellationToken);
        return sent.ToDictionary(d => d.SubmissionId, d =>
        {
            var outcome = DecisionOutcome.BuiltIn.FirstOrDefault(o => o.Key == d.SentOutcomeKey)
                ?? custom.FirstOrDefault(o => o.CallId == d.CallId && o.Key == d.SentOutcomeKey)?.ToOutcome()
                ?? new DecisionOutcome(d.SentOutcomeKey!, d.SentOutcomeKey!, false);
            return new SentDecision(d.SubmissionId, outcome.Label, outcome.Accepts);
        });
    }
}
