using System.Globalization;
using DeepMath.Assignment;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

/// <summary>One page of the decision table: its rows, how many rows the filter finds in all, and the rows' authors.</summary>
public sealed record DashboardSlice(IReadOnlyList<DashboardRow> Rows, int Total, IReadOnlyDictionary<Guid, IReadOnlyList<AuthorDetails>> Authors);

/// <summary>
/// The decision table in SQL: submissions joined with their computed review figures (Reviewing's score table,
/// refreshed when reviews change) and decisions, filtered, sorted and paged in the database, then the authors
/// of the page's rows in one more query.
/// </summary>
public sealed class DashboardQuery(IDecisionsData db, SubmissionCatalog catalog, ReviewScores scores)
{
    public async Task<int> DisagreementSpreadAsync(Guid callId, CancellationToken cancellationToken)
    {
        var form = await scores.FormAsync(callId, cancellationToken);
        return Calibration.DisagreementSpread(form.Overall.Min, form.Overall.Max);
    }

    public async Task<IQueryable<DashboardRow>> RowsAsync(Guid callId, int spread, CancellationToken cancellationToken) =>
        from s in catalog.InCall(callId)
        join sc in await scores.ForCallAsync(callId, spread, cancellationToken) on s.Id equals sc.SubmissionId into sg
        from sc in sg.DefaultIfEmpty()
        join d in db.Decisions on s.Id equals d.SubmissionId into dg
        from d in dg.DefaultIfEmpty()
        select new DashboardRow
        {
            Id = s.Id, Number = s.Number, Title = s.Title, Topics = s.Topics, State = s.State, ExceptionState = s.ExceptionState,
            // A keyless row cannot be compared with null; its columns are NULL when the submission has no review yet.
            Assigned = (int?)sc.Assigned ?? 0, Done = (int?)sc.Done ?? 0,
            Mean = sc.Mean, StdDev = sc.StdDev, WeightedMean = sc.WeightedMean,
            Calibrated = sc.Calibrated, Disagree = (bool?)sc.Disagree ?? false,
            Outcome = d == null ? null : d.OutcomeKey, Sent = d != null && d.SentAt != null,
        };

    public async Task<DashboardSlice> PageAsync(
        Guid callId, DashboardFilter filter, int spread, int? knownTotal, IReadOnlyCollection<string> topicPaths, CancellationToken cancellationToken)
    {
        var rows = Filter(await RowsAsync(callId, spread, cancellationToken), filter, topicPaths);
        var total = knownTotal ?? await CountAsync(callId, filter, topicPaths, rows, cancellationToken);
        var pages = Math.Max(1, (total + DashboardFilter.PageSize - 1) / DashboardFilter.PageSize);
        filter.Page = Math.Clamp(filter.Page, 1, pages);
        var page = await Sort(rows, filter).Skip((filter.Page - 1) * DashboardFilter.PageSize).Take(DashboardFilter.PageSize).ToListAsync(cancellationToken);
        var ids = page.Select(r => r.Id).ToList();
        var authors = await catalog.AuthorsAsync(ids, cancellationToken);
        var overall = await scores.OverallScoresAsync(ids, cancellationToken);
        foreach (var row in page)
        {
            row.Scores = overall.GetValueOrDefault(row.Id);
        }
        return new DashboardSlice(page, total, authors);
    }

    /// <summary>Counts without the score aggregate unless a filter needs it.</summary>
    private async Task<int> CountAsync(
        Guid callId, DashboardFilter filter, IReadOnlyCollection<string> topicPaths, IQueryable<DashboardRow> rows, CancellationToken cancellationToken)
    {
        if (filter.Disagree)
        {
            return await rows.CountAsync(cancellationToken);
        }
        var light = from s in catalog.InCall(callId)
                    join d in db.Decisions on s.Id equals d.SubmissionId into dg
                    from d in dg.DefaultIfEmpty()
                    select new DashboardRow { Id = s.Id, Number = s.Number, Title = s.Title, Topics = s.Topics, State = s.State, Outcome = d == null ? null : d.OutcomeKey };
        return await Filter(light, filter, topicPaths).CountAsync(cancellationToken);
    }

    /// <param name="topicPaths">Every topic path the call's abstracts carry (<see cref="DecisionSummary.TopicPaths"/>).</param>
    public static IQueryable<DashboardRow> Filter(IQueryable<DashboardRow> rows, DashboardFilter filter, IReadOnlyCollection<string> topicPaths)
    {
        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            // An area finds its sub-topics too ("Area › Sub-topic"); a sub-topic finds itself only. The paths are resolved
            // here from those the call's abstracts carry, so that the database compares two arrays (&&) on each row instead
            // of unnesting every row's topics and matching each against a pattern (50 ms more per page at NeurIPS scale).
            var topic = filter.Topic;
            var subTopics = topic + NestedTopics.Separator;
            var matching = topicPaths.Where(p => p == topic || p.StartsWith(subTopics, StringComparison.Ordinal)).ToArray();
            rows = rows.Where(r => r.Topics.Any(t => matching.Contains(t)));
        }
        if (filter.StateFilter is { } state)
        {
            rows = rows.Where(r => r.State == state);
        }
        if (filter.Decision == "undecided")
        {
            rows = rows.Where(r => r.Outcome == null);
        }
        else if (!string.IsNullOrWhiteSpace(filter.Decision))
        {
            var outcome = filter.Decision;
            rows = rows.Where(r => r.Outcome == outcome);
        }
        if (filter.Disagree)
        {
            rows = rows.Where(r => r.Disagree);
        }
        var q = filter.Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            var number = int.TryParse(q.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
            var pattern = LikePattern.Containing(q);
            rows = rows.Where(r => r.Number == number || EF.Functions.ILike(r.Title, pattern));
        }
        return rows;
    }

    public static IQueryable<DashboardRow> Sort(IQueryable<DashboardRow> rows, DashboardFilter filter)
    {
        var desc = filter.Descending;
        IOrderedQueryable<DashboardRow> ordered = filter.SortKey switch
        {
            "title" => desc ? rows.OrderByDescending(r => r.Title) : rows.OrderBy(r => r.Title),
            "done" => desc ? rows.OrderByDescending(r => r.Done) : rows.OrderBy(r => r.Done),
            "mean" => Nullable(rows, r => r.Mean, desc),
            "sd" => Nullable(rows, r => r.StdDev, desc),
            "weighted" => Nullable(rows, r => r.WeightedMean, desc),
            "calibrated" => Nullable(rows, r => r.Calibrated, desc),
            "decision" => desc ? rows.OrderBy(r => r.Outcome == null).ThenByDescending(r => r.Outcome) : rows.OrderBy(r => r.Outcome == null).ThenBy(r => r.Outcome),
            _ => desc ? rows.OrderByDescending(r => r.Number) : rows.OrderBy(r => r.Number),
        };
        return ordered.ThenBy(r => r.Number);
    }

    /// <summary>Submissions without a score go last whichever the direction.</summary>
    private static IOrderedQueryable<DashboardRow> Nullable(IQueryable<DashboardRow> rows, System.Linq.Expressions.Expression<Func<DashboardRow, double?>> key, bool desc)
    {
        var withNullsLast = rows.OrderBy(System.Linq.Expressions.Expression.Lambda<Func<DashboardRow, bool>>(
            System.Linq.Expressions.Expression.Equal(key.Body, System.Linq.Expressions.Expression.Constant(null, typeof(double?))), key.Parameters));
        return desc ? withNullsLast.ThenByDescending(key) : withNullsLast.ThenBy(key);
    }
}
