using DeepMath.Assignment;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

public sealed record Bar(string Label, int Value);

public sealed record DecisionSummary(IReadOnlyList<Bar> ByState, IReadOnlyList<Bar> ByTopic, IReadOnlyList<Bar> ByDiscipline,
    int ReviewsAssigned, int ReviewsSubmitted, IReadOnlyList<Bar> Decisions, int? TalkCapacity, int? PosterCapacity, int AwaitingSending)
{
    /// <summary>Submitted and withdrawn abstracts: the table's row count when nothing is filtered.</summary>
    public int Submissions { get; init; }

    /// <summary>Every topic path the call's abstracts carry ("Area › Sub-topic" or a plain topic), for the table's topic filter.</summary>
    public IReadOnlyCollection<string> TopicPaths { get; init; } = [];
}

/// <summary>The summary panel: four small queries, counted in the database.</summary>
public sealed class SummaryQuery(IDecisionsData db, SubmissionStats stats, ReviewScores scores)
{
    public async Task<DecisionSummary> ForCallAsync(Guid callId, IReadOnlyList<DecisionOutcome> outcomes, CancellationToken cancellationToken)
    {
        // Counted in the database in one pass: a NeurIPS-sized call would otherwise bring 25,000 rows of arrays over the wire.
        var breakdown = await stats.BreakdownAsync(callId, cancellationToken);
        static IReadOnlyList<Bar> Sorted(IEnumerable<Bar> bars) => [.. bars.OrderByDescending(b => b.Value).ThenBy(b => b.Label, StringComparer.Ordinal)];
        var (assigned, submitted) = await scores.ProgressAsync(callId, cancellationToken);
        var decided = await db.Decisions.AsNoTracking().Where(d => d.CallId == callId)
            .GroupBy(d => d.OutcomeKey).Select(g => new { g.Key, Count = g.Count(), Awaiting = g.Count(d => d.SentRevision == null || d.SentRevision != d.Revision) })
            .ToListAsync(cancellationToken);
        var settings = await db.DecisionSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken);
        var decisions = outcomes.Select(o => new Bar(o.Label, decided.FirstOrDefault(d => d.Key == o.Key)?.Count ?? 0)).ToList();
        // A sub-topic's bar is named by the sub-topic alone: the chart cuts labels at 24 characters, which would keep only its area's start.
        return new DecisionSummary(Sorted(breakdown.States.Select(g => new Bar(g.Key.ToString().ToLowerInvariant(), g.Value))),
            Sorted(breakdown.Topics.Select(g => new Bar(NestedTopics.SubTopicOf(g.Key) ?? g.Key, g.Value))), Sorted(breakdown.Disciplines.Select(g => new Bar(g.Key, g.Value))),
            assigned, submitted, decisions, settings?.TalkCapacity, settings?.PosterCapacity, decided.Sum(d => d.Awaiting)) { Submissions = breakdown.Total, TopicPaths = [.. breakdown.Topics.Keys] };
    }
}
