using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Decide;

/// <summary>How many of the decided submissions changed outcome, and how many had it already.</summary>
public sealed record DecidedCount(int Changed, int Unchanged)
{
    public static DecidedCount None { get; } = new(0, 0);
}

/// <summary>Records one outcome for one or many submissions of a call; every change is logged with who and when.</summary>
public sealed class DecideHandler(IDecisionsData db, SubmissionCatalog catalog, OutcomeCatalog outcomes, TimeProvider clock)
{
    public const int MaxPerRequest = 5000;

    public async Task<Result<DecidedCount>> HandleAsync(Guid callId, IReadOnlyCollection<Guid> submissionIds, string? outcomeKey, string userId, string via,
        CancellationToken cancellationToken)
    {
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        if (string.IsNullOrWhiteSpace(outcomeKey) || known.All(o => o.Key != outcomeKey))
        {
            return Result<DecidedCount>.Invalid("Choose an outcome (accept as a talk, accept as a poster, reject, or one added for this call).");
        }
        var ids = submissionIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return Result<DecidedCount>.Invalid("Select at least one submission: tick its box in the table, then choose the outcome.");
        }
        if (ids.Count > MaxPerRequest)
        {
            return Result<DecidedCount>.Invalid($"At most {MaxPerRequest} submissions can be decided at once; narrow the selection with the filters.");
        }
        var decidable = await catalog.InCall(callId).Where(s => ids.Contains(s.Id) && s.State == SubmissionState.Submitted)
            .Select(s => s.Id).ToListAsync(cancellationToken);
        if (decidable.Count != ids.Count)
        {
            return Result<DecidedCount>.Invalid($"{ids.Count - decidable.Count} of the selected submissions are withdrawn or not in this call; nothing was changed. Reload the page and select again.");
        }
        var existing = await db.Decisions.Where(d => decidable.Contains(d.SubmissionId)).ToDictionaryAsync(d => d.SubmissionId, cancellationToken);
        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var id in decidable)
        {
            if (existing.TryGetValue(id, out var decision))
            {
                if (decision.ChangeTo(outcomeKey, userId, now, via) is { } change)
                {
                    db.DecisionChanges.Add(change);
                    changed++;
                }
                continue;
            }
            db.Decisions.Add(new Decision { CallId = callId, SubmissionId = id, OutcomeKey = outcomeKey, DecidedBy = userId, DecidedAt = now });
            db.DecisionChanges.Add(new DecisionChange { CallId = callId, SubmissionId = id, ToOutcome = outcomeKey, ChangedBy = userId, ChangedAt = now, Via = via });
            changed++;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another organizer decided (or the notifications went out) at the same moment: nothing of this request is saved.
            db.ChangeTracker.Clear();
            return Result<DecidedCount>.Invalid("Someone else changed these decisions at the same moment; nothing was changed. Reload the page and decide again.");
        }
        return new DecidedCount(changed, decidable.Count - changed);
    }
}
