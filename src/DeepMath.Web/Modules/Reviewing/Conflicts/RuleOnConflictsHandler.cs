using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Conflicts;

/// <summary>Records one verdict on many automatic conflicts at once; only conflicts that exist now in this call are ruled on.</summary>
public sealed class RuleOnConflictsHandler(IReviewingData db, CallConflicts conflicts, TimeProvider clock)
{
    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> HandleAsync(Guid callId, IReadOnlyCollection<string> selected, ConflictVerdict verdict, string organizerId,
        CancellationToken cancellationToken)
    {
        if (selected.Count == 0)
        {
            return Result<string>.Invalid("Tick the conflicts to rule on first.");
        }
        var keys = selected.Select(ConflictKey.Parse).ToList();
        if (keys.Any(k => k is null))
        {
            return Result<string>.Invalid("The form named a conflict this page does not know. Reload the page and try again.");
        }
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == callId).ToListAsync(cancellationToken);
        var findings = await conflicts.FindAsync(callId, reviewers, cancellationToken);
        var current = findings.Conflicts.ToDictionary(c => (c.ReviewerId, c.SubmissionId, c.Kind));
        var wanted = keys.Select(k => k!.Value).Distinct().ToList();
        if (wanted.Any(k => !current.ContainsKey(k)))
        {
            return Result<string>.Invalid("One of the ticked conflicts no longer exists (a profile or a submission changed). Review the list again.");
        }
        if (wanted.Any(k => !ConflictKinds.IsAutomatic(k.Kind)))
        {
            return Result<string>.Invalid("Conflicts that reviewers declared stand as declared; only automatic ones can be confirmed or dismissed.");
        }
        var reviewerIds = wanted.Select(k => k.ReviewerId).Distinct().ToList();
        var existing = await db.ConflictRulings.Where(r => reviewerIds.Contains(r.ReviewerId)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var (reviewerId, submissionId, kind) in wanted)
        {
            var ruling = existing.FirstOrDefault(r => r.ReviewerId == reviewerId && r.SubmissionId == submissionId && r.Kind == kind);
            if (ruling is null)
            {
                db.ConflictRulings.Add(new ConflictRuling
                {
                    ReviewerId = reviewerId, SubmissionId = submissionId, Kind = kind, Verdict = verdict, DecidedBy = organizerId, DecidedAt = now,
                });
            }
            else
            {
                ruling.Verdict = verdict;
                ruling.DecidedBy = organizerId;
                ruling.DecidedAt = now;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return $"{wanted.Count} conflict(s) {(verdict == ConflictVerdict.Dismissed ? "dismissed" : "confirmed")}.";
    }
}
