using DeepMath.AbstractFormat.Blinding;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.Assigned;

/// <summary>
/// A reviewer's assigned submissions: the list, each one's page, and its PDF rewritten for reviewers (no
/// metadata, a confidential header on each page, named after the event and number only).
/// </summary>
[Authorize]
[Route("calls/{callId:guid}/assigned")]
public sealed class AssignedController(ReviewingAccess access, AssignedQuery query, SubmissionFiles files, ReviewCalendar calendar, TimeProvider clock) : Controller
{
    public const string TakenOffView = "/Modules/Reviewing/Assigned/TakenOff.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.MembershipAsync(User, callId, cancellationToken) is not { } member)
        {
            return NotFound();
        }
        var rows = await query.ListAsync(member, cancellationToken);
        var deadline = (await calendar.ForAsync(member.Call, cancellationToken)).Deadline;
        var overdue = deadline.IsOverdueAt(clock.GetUtcNow());
        var reviews = await query.ReviewStatesAsync(member, cancellationToken);
        var states = rows.ToDictionary(r => r.SubmissionId, r => ReviewProgressStates.Of(
            reviews.TryGetValue(r.SubmissionId, out var submitted), submitted, overdue));
        return View("Assigned", new AssignedPage(member.Call, rows, await query.TakenOffAsync(member, cancellationToken), states, deadline));
    }

    [HttpGet("{submissionId:guid}")]
    public async Task<IActionResult> Show(Guid callId, Guid submissionId, CancellationToken cancellationToken)
    {
        if (await access.MembershipAsync(User, callId, cancellationToken) is not { } member)
        {
            return NotFound();
        }
        return await query.FindAsync(member, submissionId, cancellationToken) is { } row
            ? View("AssignedSubmission", new AssignedSubmissionPage(member.Call, row, await query.AuthorsAsync(member, row, cancellationToken)))
            : await TakenOffAsync(member, r => r.SubmissionId == submissionId, cancellationToken);
    }

    /// <param name="download">Whether the browser saves the file; otherwise it opens in its PDF viewer.</param>
    [HttpGet("{submissionId:guid}/pdf")]
    public async Task<IActionResult> Pdf(Guid callId, Guid submissionId, bool download, CancellationToken cancellationToken)
    {
        if (await access.MembershipAsync(User, callId, cancellationToken) is not { } member)
        {
            return NotFound();
        }
        if (await query.FindAsync(member, submissionId, cancellationToken) is not { } row)
        {
            return await TakenOffAsync(member, r => r.SubmissionId == submissionId, cancellationToken);
        }
        if (await files.LatestPdfAsync(submissionId, cancellationToken) is not { } original)
        {
            return NotFound();
        }
        var blinded = PdfBlinder.Blind(original, $"{member.Call.EventTitle} · Abstract {row.Number} · confidential");
        return PdfResponse.Send(this, blinded, BlindedPdfName.For(member.Call, row.Number), download);
    }

    /// <summary>410 with the reason when a conflict took the abstract off the reviewer's list; 404 for anything else.</summary>
    private async Task<IActionResult> TakenOffAsync(ReviewingAccess.Membership member, Func<TakenOffRow, bool> which, CancellationToken cancellationToken)
    {
        if ((await query.TakenOffAsync(member, cancellationToken)).FirstOrDefault(which) is not { } gone)
        {
            return NotFound();
        }
        Response.StatusCode = StatusCodes.Status410Gone;
        return View(TakenOffView, new TakenOffPage(member.Call, gone));
    }
}

public sealed record AssignedPage(CallInfo Call, IReadOnlyList<AssignedRow> Rows, IReadOnlyList<TakenOffRow> TakenOff,
    IReadOnlyDictionary<Guid, ReviewProgressState> States, ReviewDeadline Deadline);

public sealed record TakenOffPage(CallInfo Call, TakenOffRow Row);

/// <param name="Authors">Only in a single-blind call; null in a double-blind one.</param>
public sealed record AssignedSubmissionPage(CallInfo Call, AssignedRow Row, IReadOnlyList<AuthorDetails>? Authors);
