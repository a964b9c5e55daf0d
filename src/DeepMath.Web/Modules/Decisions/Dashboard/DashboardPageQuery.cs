using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

/// <summary>The decision table's page: its rows, authors, outcomes and summary.</summary>
public sealed class DashboardPageQuery(DashboardQuery query, SummaryQuery summary, OutcomeCatalog outcomes)
{
    public async Task<DashboardPage> PageAsync(CallInfo call, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var known = await outcomes.ForCallAsync(call.CallId, cancellationToken);
        var panel = await summary.ForCallAsync(call.CallId, known, cancellationToken);
        var spread = await query.DisagreementSpreadAsync(call.CallId, cancellationToken);
        // Unfiltered, the summary has already counted the rows.
        var (rows, total, authors) = await query.PageAsync(call.CallId, filter, spread, filter.IsEmpty ? panel.Submissions : null, panel.TopicPaths, cancellationToken);
        return new DashboardPage(call, filter, rows, total, authors, known, panel, spread);
    }
}
