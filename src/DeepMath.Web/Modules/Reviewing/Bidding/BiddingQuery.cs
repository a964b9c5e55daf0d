using DeepMath.Assignment;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Bidding;

/// <summary>One row of the blinded list: nothing here can name an author.</summary>
public sealed record BidRow(Guid SubmissionId, int Number, string Title, IReadOnlyList<string> Topics, string Abstract, BidValue? Bid);

/// <summary>An abstract the reviewer declared a conflict with, so that they can take it back.</summary>
public sealed record DeclaredRow(Guid SubmissionId, int Number, string Title);

public sealed record BiddingPage(CallInfo Call, BiddingWindow Window, bool IsOpen, string? Topic, string? Search, int VisibleCount, IReadOnlyList<BidRow> Rows,
    IReadOnlyList<DeclaredRow>? Declared = null)
{
    public string Shown(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Call.Window.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// What a reviewer may bid on: while bidding is open, the call's submitted abstracts that no holding
/// conflict keeps them from, blinded. Outside bidding, and for anyone not on the committee, nothing.
/// </summary>
public sealed class BiddingQuery(IReviewingData db, CallConflicts conflicts, ReviewCalendar calendar, TimeProvider clock)
{
    public async Task<BiddingPage> PageAsync(ReviewingAccess.Membership member, string? topic, string? search, CancellationToken cancellationToken)
    {
        var window = (await calendar.ForAsync(member.Call, cancellationToken)).Bidding;
        var open = window.IsOpenAt(clock.GetUtcNow());
        var (rows, declared) = open ? await ListsAsync(member, cancellationToken) : ([], []);
        var visible = rows.Count;
        topic = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        var filtered = rows
            .Where(r => topic is null || r.Topics.Any(t => NestedTopics.IsWithin(t, topic))) // an area finds its sub-topics too
            .Where(r => search is null || r.Title.Contains(search, StringComparison.CurrentCultureIgnoreCase) || r.Abstract.Contains(search, StringComparison.CurrentCultureIgnoreCase))
            .ToList();
        return new BiddingPage(member.Call, window, open, topic, search, visible, filtered, declared);
    }

    /// <summary>The one submission, when it is in the reviewer's list now; null otherwise, to be answered with 404.</summary>
    public async Task<BidRow?> RowAsync(ReviewingAccess.Membership member, Guid submissionId, CancellationToken cancellationToken) =>
        (await calendar.ForAsync(member.Call, cancellationToken)).Bidding.IsOpenAt(clock.GetUtcNow())
            ? (await ListsAsync(member, cancellationToken)).Rows.FirstOrDefault(r => r.SubmissionId == submissionId)
            : null;

    private async Task<(IReadOnlyList<BidRow> Rows, IReadOnlyList<DeclaredRow> Declared)> ListsAsync(ReviewingAccess.Membership member, CancellationToken cancellationToken)
    {
        var findings = await conflicts.FindAsync(member.Call.CallId, [member.Reviewer], cancellationToken);
        var bids = await db.Bids.AsNoTracking().Where(b => b.ReviewerId == member.Reviewer.Id)
            .ToDictionaryAsync(b => b.SubmissionId, b => b.Value, cancellationToken);
        var declared = findings.Conflicts.Where(c => c.Kind == ConflictKind.DeclaredByReviewer).Select(c => c.SubmissionId).ToHashSet();
        return ([.. findings.OpenTo(member.Reviewer.Id).Select(s => new BidRow(s.Id, s.Number, s.Title, s.Topics, s.Abstract,
            bids.TryGetValue(s.Id, out var bid) ? bid : null))],
            [.. findings.Submissions.Where(s => declared.Contains(s.Id)).Select(s => new DeclaredRow(s.Id, s.Number, s.Title))]);
    }
}
