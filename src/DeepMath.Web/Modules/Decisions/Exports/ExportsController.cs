using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Dashboard;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Exports;

/// <summary>CSV exports of a call: submissions with every reviewer's scores, and every review.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions/export")]
public sealed class ExportsController(DeepMathDbContext db, EventManagers access, DashboardQuery dashboard, SubmissionCatalog catalog, CallReviews reviews, ReviewScores scores,
    AccountDirectory accounts, OutcomeCatalog outcomes) : Controller
{
    [HttpGet("submissions.csv")]
    public async Task<IActionResult> Submissions(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var spread = await dashboard.DisagreementSpreadAsync(callId, cancellationToken);
        var rows = await ForAggregates.RunAsync(db, () => dashboard.Rows(callId, spread).OrderBy(r => r.Number).ToListAsync(cancellationToken), cancellationToken);
        var authors = await catalog.AuthorsAsync([.. rows.Select(r => r.Id)], cancellationToken);
        var all = await reviews.SubmittedAsync(callId, null, cancellationToken);
        var names = await NamesAsync(all, cancellationToken);
        var bySubmission = all.ToLookup(r => r.SubmissionId);
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        var most = all.Count == 0 ? 0 : bySubmission.Max(g => g.Count());
        var csv = new Csv().Row([
            "number", "title", "state", "authors", "topics", "format_exception", "decision", "decision_sent", "reviews_done", "reviews_assigned",
            "mean", "sd", "confidence_weighted_mean", "calibrated", "disagree",
            .. Enumerable.Range(1, most).SelectMany(i => new[] { $"reviewer_{i}", $"overall_{i}", $"confidence_{i}" })]);
        foreach (var r in rows)
        {
            var list = bySubmission[r.Id].ToList();
            csv.Row([
                r.Number, r.Title, r.State.ToString().ToLowerInvariant(),
                string.Join("; ", authors.TryGetValue(r.Id, out var a) ? a.Select(x => $"{x.Name} <{x.Email}>") : []),
                string.Join("; ", r.Topics), r.ExceptionState?.ToString().ToLowerInvariant(), r.Outcome is null ? null : OutcomeCatalog.LabelOf(known, r.Outcome),
                r.Outcome is null ? null : r.Sent ? "yes" : "no", r.Done, r.Assigned, r.Mean, r.StdDev, r.WeightedMean, r.Calibrated, r.Disagree ? "yes" : "no",
                .. Enumerable.Range(0, most).SelectMany(i => i < list.Count
                    ? new object?[] { names.GetValueOrDefault(list[i].ReviewerUserId), list[i].Overall, list[i].Confidence }
                    : [null, null, null])]);
        }
        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"{call.EventSlug}-submissions.csv");
    }

    [HttpGet("reviews.csv")]
    public async Task<IActionResult> Reviews(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var form = await scores.FormAsync(callId, cancellationToken);
        var all = await reviews.SubmittedAsync(callId, null, cancellationToken);
        var names = await NamesAsync(all, cancellationToken);
        var numbers = await catalog.InCall(callId).ToDictionaryAsync(s => s.Id, s => new { s.Number, s.Title }, cancellationToken);
        var csv = new Csv().Row(["number", "title", "reviewer", form.Overall.Key, form.Confidence.Key, .. form.Criteria.Select(c => c.Key),
            "comments_to_authors", "confidential_comments", "submitted_at"]);
        foreach (var r in all.Where(r => numbers.ContainsKey(r.SubmissionId)).OrderBy(r => numbers[r.SubmissionId].Number))
        {
            var s = numbers[r.SubmissionId];
            csv.Row([s.Number, s.Title, names.GetValueOrDefault(r.ReviewerUserId), r.Overall, r.Confidence,
                .. form.Criteria.Select(c => r.Scores.TryGetValue(c.Key, out var v) ? (object?)v : null),
                r.CommentsToAuthors, r.ConfidentialComments, r.SubmittedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)]);
        }
        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"{call.EventSlug}-reviews.csv");
    }

    private async Task<Dictionary<string, string>> NamesAsync(IReadOnlyList<ReviewRecord> all, CancellationToken cancellationToken) =>
        (await accounts.ContactsAsync(all.Select(r => r.ReviewerUserId), cancellationToken)).ToDictionary(c => c.UserId, c => $"{c.DisplayName} <{c.Email}>");
}
