using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Contracts;

public sealed record CallSubmissionCounts(int Drafts, int Submitted, int Withdrawn);

/// <summary>The Submissions module's public face: counts and draft owners of a call, for timed steps.</summary>
public sealed class SubmissionStats(ISubmissionsData db)
{
    public async Task<CallSubmissionCounts> CountAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var counts = await db.Submissions.AsNoTracking()
            .Where(s => s.CallId == callId)
            .GroupBy(s => s.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(SubmissionState state) => counts.FirstOrDefault(c => c.State == state)?.Count ?? 0;
        return new CallSubmissionCounts(Of(SubmissionState.Draft), Of(SubmissionState.Submitted), Of(SubmissionState.Withdrawn));
    }

    /// <summary>Owners of drafts that are still unfinished, with how many each has.</summary>
    public async Task<IReadOnlyDictionary<string, int>> DraftOwnersAsync(Guid callId, CancellationToken cancellationToken = default) =>
        await db.Submissions.AsNoTracking()
            .Where(s => s.CallId == callId && s.State == SubmissionState.Draft)
            .GroupBy(s => s.OwnerId)
            .Select(g => new { Owner = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Owner, g => g.Count, cancellationToken);
}
