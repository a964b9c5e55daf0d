using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Contracts;

/// <summary>One of a call's possible decisions, for a filter: its key and its label.</summary>
public sealed record OutcomeChoice(string Key, string Label);

/// <summary>The decisions recorded for a call (sent or not) and its possible outcomes: for the organizers' lists.</summary>
public sealed class CallDecisions(IDecisionsData db, OutcomeCatalog outcomes)
{
    public async Task<IReadOnlyList<OutcomeChoice>> OutcomesAsync(Guid callId, CancellationToken cancellationToken = default) =>
        [.. (await outcomes.ForCallAsync(callId, cancellationToken)).Select(o => new OutcomeChoice(o.Key, o.Label))];

    /// <summary>The outcome key recorded for each decided submission of the call.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> RecordedAsync(Guid callId, CancellationToken cancellationToken = default) =>
        await db.Decisions.AsNoTracking().Where(d => d.CallId == callId).ToDictionaryAsync(d => d.SubmissionId, d => d.OutcomeKey, cancellationToken);
}
