using DeepMath.Web.Modules.Decisions.Dashboard;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Decide;

/// <summary>Ranks the call's submitted abstracts by calibrated score (then mean, then number) for the helper's preview.</summary>
public sealed class TopRankedQuery(DashboardQuery dashboard)
{
    public Task<TopRankedPlan> PlanAsync(Guid callId, int talks, int posters, CancellationToken cancellationToken) =>
        RankAsync(callId, talks, posters, cancellationToken);

    private async Task<TopRankedPlan> RankAsync(Guid callId, int talks, int posters, CancellationToken cancellationToken)
    {
        var spread = await dashboard.DisagreementSpreadAsync(callId, cancellationToken);
        var ranked = await (await dashboard.RowsAsync(callId, spread, cancellationToken))
            .Where(r => r.State == SubmissionState.Submitted && r.Calibrated != null)
            .OrderByDescending(r => r.Calibrated).ThenByDescending(r => r.Mean).ThenBy(r => r.Number)
            .Take(talks + posters)
            .Select(r => new RankedCandidate(r.Id, r.Number, r.Title, r.Calibrated, r.Mean, r.Done, r.Outcome))
            .ToListAsync(cancellationToken);
        var unreviewed = await (await dashboard.RowsAsync(callId, spread, cancellationToken)).CountAsync(r => r.State == SubmissionState.Submitted && r.Calibrated == null, cancellationToken);
        return new TopRankedPlan(talks, posters, [.. ranked.Take(talks)], [.. ranked.Skip(talks)], unreviewed);
    }
}
