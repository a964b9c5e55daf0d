using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>The assignments page: each abstract open to review with its reviewers, the committee's loads, and the log of changes.</summary>
public sealed class AssignmentsQuery(IReviewingData db, AssignmentStateQuery states)
{
    public async Task<AssignmentsPage> PageAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var state = await states.LoadAsync(call, cancellationToken);
        var byPaper = state.Assignments.ToLookup(a => a.SubmissionId);
        var rows = state.Submissions.Select(s => new AssignmentRow(s.Id, s.Number, s.Title,
            [.. byPaper[s.Id].Select(a => new ReviewerOnPaper(a.ReviewerId, state.NameOf(a.ReviewerId), state.BidOf(a.ReviewerId, s.Id)))
                .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)])).ToList();
        var reviewers = state.Reviewers.Select(r => new ReviewerChoice(r.Id, state.NameOf(r.Id), state.LoadOf(r.Id), state.MaxLoadOf(r)))
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var log = await db.AssignmentBatches.AsNoTracking().Where(b => b.CallId == call.CallId).OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Take(100)
            .Select(b => new { Row = new LogRow(b.Id, b.Kind, b.CreatedAt, b.Summary, b.PairCount, b.UndoneAt, null), b.Settings }).ToListAsync(cancellationToken);
        return new AssignmentsPage(call, rows, reviewers, [.. log.Select(l => l.Row with { Settings = PlanSettings.FromJson(l.Settings)?.Describe() })]);
    }
}
