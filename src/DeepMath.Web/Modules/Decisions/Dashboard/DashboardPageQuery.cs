using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

/// <summary>The decision table's page: its rows, authors, outcomes and summary, read under the planner settings for aggregates.</summary>
public sealed class DashboardPageQuery(AggregatePlanning planning, DashboardQuery query, SummaryQuery summary, OutcomeCatalog outcomes)
{
    public Task<DashboardPage> PageAsync(CallInfo call, DashboardFilter filter, CancellationToken cancellationToken) =>
        planning.RunAsync(async () =>
        {
            var known = await outcomes.ForCallAsync(call.CallId, cancellationToken);
            var (rows, total, authors) = await query.PageAsync(call.CallId, filter, cancellationToken);
            var spread = await query.DisagreementSpreadAsync(call.CallId, cancellationToken);
            return new DashboardPage(call, filter, rows, total, authors, known, await summary.ForCallAsync(call.CallId, known, cancellationToken), spread);
        }, cancellationToken);
}
