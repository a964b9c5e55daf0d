using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Contracts;

public sealed record CallSubmissionCounts(int Drafts, int Submitted, int Withdrawn);

/// <summary>A call's submitted and withdrawn abstracts counted by state, by topic and by discipline.</summary>
public sealed record CallBreakdown(IReadOnlyDictionary<SubmissionState, int> States, IReadOnlyDictionary<string, int> Topics, IReadOnlyDictionary<string, int> Disciplines)
{
    public int Total => States.Values.Sum();
}

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

    /// <summary>
    /// The counts of <see cref="CallBreakdown"/> in one pass over the call's rows (three GROUP BY queries read a
    /// NeurIPS-sized call three times), drafts left out as everywhere organizers look.
    /// </summary>
    public async Task<CallBreakdown> BreakdownAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<BreakdownRow>($"""
            SELECT k.kind AS "Kind", k.value AS "Value", count(*)::int AS "Count"
            FROM submissions.submissions AS s
            CROSS JOIN LATERAL (
                SELECT 's' AS kind, s.state::text AS value
                UNION ALL SELECT 't', t FROM unnest(s.topics) AS t
                UNION ALL SELECT 'd', d FROM unnest(s.disciplines) AS d) AS k
            WHERE s.call_id = {callId} AND s.state <> 'Draft'
            GROUP BY k.kind, k.value
            """).ToListAsync(cancellationToken);
        Dictionary<string, int> Of(string kind) => rows.Where(r => r.Kind == kind).ToDictionary(r => r.Value, r => r.Count, StringComparer.Ordinal);
        return new CallBreakdown(
            Of("s").ToDictionary(p => Enum.Parse<SubmissionState>(p.Key), p => p.Value),
            Of("t"), Of("d"));
    }

    private sealed record BreakdownRow(string Kind, string Value, int Count);

    /// <summary>Owners of drafts that are still unfinished, with how many each has.</summary>
    public async Task<IReadOnlyDictionary<string, int>> DraftOwnersAsync(Guid callId, CancellationToken cancellationToken = default) =>
        await db.Submissions.AsNoTracking()
            .Where(s => s.CallId == callId && s.State == SubmissionState.Draft)
            .GroupBy(s => s.OwnerId)
            .Select(g => new { Owner = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Owner, g => g.Count, cancellationToken);
}
