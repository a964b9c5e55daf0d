using System.Text;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Dashboard;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Exports;

/// <summary>
/// The submissions export, written to the response as it is read: the table's rows in one query, then authors
/// and review scores a chunk of rows at a time (narrow rows, no review texts), each chunk flushed before the
/// next is read. A NeurIPS-sized call (25,000 rows) neither waits for the whole file nor holds it in memory.
/// </summary>
public sealed class SubmissionsCsv(DashboardQuery dashboard, SubmissionCatalog catalog, CallReviews reviews, AccountDirectory accounts, OutcomeCatalog outcomes)
{
    private const int Chunk = 2_000;

    public async Task WriteAsync(Guid callId, Stream body, CancellationToken cancellationToken)
    {
        var spread = await dashboard.DisagreementSpreadAsync(callId, cancellationToken);
        var rows = await (await dashboard.RowsAsync(callId, spread, cancellationToken)).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        var most = await reviews.MostSubmittedAsync(callId, cancellationToken);
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        // The byte order mark tells spreadsheets the file is UTF-8.
        await writer.WriteAsync('\uFEFF');
        await writer.WriteAsync(Csv.Line([
            "number", "title", "state", "authors", "topics", "format_exception", "decision", "decision_sent", "reviews_done", "reviews_assigned",
            "mean", "sd", "confidence_weighted_mean", "calibrated", "disagree",
            .. Enumerable.Range(1, most).SelectMany(i => new[] { $"reviewer_{i}", $"overall_{i}", $"confidence_{i}" })]));
        var names = new Dictionary<string, string?>();
        foreach (var chunk in rows.Chunk(Chunk))
        {
            var ids = chunk.Select(r => r.Id).ToList();
            var authors = await catalog.AuthorsAsync(ids, cancellationToken);
            var scores = await reviews.SubmittedScoresAsync(ids, cancellationToken);
            var unknown = scores.Select(s => s.ReviewerUserId).Where(id => !names.ContainsKey(id)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                var contacts = (await accounts.ContactsAsync(unknown, cancellationToken)).ToDictionary(c => c.UserId, c => $"{c.DisplayName} <{c.Email}>");
                unknown.ForEach(id => names[id] = contacts.GetValueOrDefault(id));
            }
            var bySubmission = scores.ToLookup(s => s.SubmissionId);
            foreach (var r in chunk)
            {
                var list = bySubmission[r.Id].ToList();
                await writer.WriteAsync(Csv.Line([
                    r.Number, r.Title, r.State.ToString().ToLowerInvariant(),
                    string.Join("; ", authors.TryGetValue(r.Id, out var a) ? a.Select(x => $"{x.Name} <{x.Email}>") : []),
                    string.Join("; ", r.Topics), r.ExceptionState?.ToString().ToLowerInvariant(), r.Outcome is null ? null : OutcomeCatalog.LabelOf(known, r.Outcome),
                    r.Outcome is null ? null : r.Sent ? "yes" : "no", r.Done, r.Assigned, r.Mean, r.StdDev, r.WeightedMean, r.Calibrated, r.Disagree ? "yes" : "no",
                    .. Enumerable.Range(0, most).SelectMany(i => i < list.Count
                        ? new object?[] { names.GetValueOrDefault(list[i].ReviewerUserId), list[i].Overall, list[i].Confidence }
                        : [null, null, null])]));
            }
            await writer.FlushAsync(cancellationToken);
        }
    }
}
