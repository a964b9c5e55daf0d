using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>
/// Applies the pairs of a previewed plan, exactly those the organizer saw, as one batch. If anything they
/// depend on changed since the preview (a conflict, a withdrawal, a pair assigned meanwhile), nothing is applied.
/// </summary>
public sealed class ApplyPlanHandler(AssignmentStateQuery states, AssignmentWriter writer, AssignmentNotices notices)
{
    /// <param name="mode">How the plan was made (mode, cap and seed), kept in the batch's description so a random draw can be reproduced.</param>
    /// <param name="settings">Mode, weights and constraints of the preview, stored with the batch and shown in the log.</param>
    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> HandleAsync(
        CallInfo call, IReadOnlyCollection<string> pairs, string userId, CancellationToken cancellationToken, string? mode = null, PlanSettings? settings = null)
    {
        var parsed = pairs.Select(PairKey.Parse).ToList();
        if (parsed.Count == 0)
        {
            return Result<string>.Invalid("The plan had no new assignments to apply.");
        }
        if (parsed.Any(p => p is null))
        {
            return Result<string>.Invalid("The form named a pair this page does not know. Preview the assignment again.");
        }
        var state = await states.LoadAsync(call, cancellationToken);
        var wanted = parsed.Select(p => p!.Value).Distinct().ToList();
        foreach (var (submissionId, reviewerId) in wanted)
        {
            if (!state.IsSubmitted(submissionId) || state.Member(reviewerId) is null || state.IsAssigned(reviewerId, submissionId)
                || state.ConflictsOf(reviewerId, submissionId).Count > 0 || state.BidOf(reviewerId, submissionId) == BidValue.NotWilling)
            {
                return Result<string>.Invalid("Reviews, conflicts or bids changed since this preview, so it was not applied. Preview the assignment again.");
            }
        }
        var batch = writer.Begin(call.CallId, AssignmentBatchKind.Applied, userId, $"Automatic assignment{(mode is null ? string.Empty : $" ({mode})")}: {wanted.Count} review(s) added.", wanted.Count);
        batch.Settings = settings?.ToJson();
        foreach (var (submissionId, reviewerId) in wanted)
        {
            writer.Add(batch, submissionId, reviewerId);
        }
        await notices.QueueAsync(call, batch, wanted, state.Submissions.ToDictionary(s => s.Id, s => (s.Number, s.Title)), cancellationToken);
        return await writer.TrySaveAsync(cancellationToken)
            ? $"{wanted.Count} review assignment(s) applied. Undo them from the log below if needed."
            : Result<string>.Invalid("Someone changed the assignments while this was applied, so nothing was. Preview the assignment again.");
    }
}
