using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DeepMath.Web.Modules.Decisions.Exports;

/// <summary>CSV exports of a call: submissions with every reviewer's scores, and every review.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions/export")]
public sealed class ExportsController(EventManagers access, SubmissionsCsv submissionsCsv, SubmissionCatalog catalog, CallReviews reviews, ReviewScores scores,
    AccountDirectory accounts) : Controller
{
    [HttpGet("submissions.csv")]
    public async Task<IActionResult> Submissions(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        Response.ContentType = "text/csv; charset=utf-8";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName($"{call.EventSlug}-submissions.csv");
        Response.Headers.ContentDisposition = disposition.ToString();
        await submissionsCsv.WriteAsync(callId, Response.Body, cancellationToken);
        return new EmptyResult();
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
