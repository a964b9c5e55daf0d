using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

public sealed record Bar(string Label, int Value);

public sealed record DecisionSummary(IReadOnlyList<Bar> ByState, IReadOnlyList<Bar> ByTopic, IReadOnlyList<Bar> ByDiscipline,
    int ReviewsAssigned, int ReviewsSubmitted, IReadOnlyList<Bar> Decisions, int? TalkCapacity, int? PosterCapacity, int AwaitingSending);

/// <summary>The summary panel: four small queries, counted in the database or over narrow rows.</summary>
public sealed class SummaryQuery(DeepMathDbContext db, SubmissionCatalog catalog, ReviewScores scores)
{
    public async Task<DecisionSummary> ForCallAsync(Guid callId, IReadOnlyList<Outcome> outcomes, CancellationToken cancellationToken)
    {
        var facets = await catalog.InCall(callId).Select(s => new { s.State, s.Topics, s.Disciplines }).ToListAsync(cancellationToken);
        static IReadOnlyList<Bar> Count(IEnumerable<string> values) =>
            [.. values.GroupBy(v => v).Select(g => new Bar(g.Key, g.Count())).OrderByDescending(b => b.Value).ThenBy(b => b.Label, StringComparer.Ordinal)];
        var (assigned, submitted) = await scores.ProgressAsync(callId, cancellationToken);
        var decided = await db.Decisions.AsNoTracking().Where(d => d.CallId == callId)
            .GroupBy(d => d.OutcomeKey).Select(g => new { g.Key, Count = g.Count(), Awaiting = g.Count(d => d.SentRevision == null || d.SentRevision != d.Revision) })
            .ToListAsync(cancellationToken);
        var settings = await db.DecisionSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken);
        var decisions = outcomes.Select(o => new Bar(o.Label, decided.FirstOrDefault(d => d.Key == o.Key)?.Count ?? 0)).ToList();
        return new DecisionSummary(Count(facets.Select(f => f.State.ToString().ToLowerInvariant())), Count(facets.SelectMany(f => f.Topics)),
            Count(facets.SelectMany(f => f.Disciplines)), assigned, submitted, decisions, settings?.TalkCapacity, settings?.PosterCapacity,
            decided.Sum(d => d.Awaiting));
    }
}
