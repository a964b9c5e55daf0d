using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>Organizers see who reviews what, assign or take away pairs by hand, and undo any logged change as a batch.</summary>
[Authorize]
[Route("calls/{callId:guid}/assignments")]
public sealed class AssignmentsController(IReviewingData db, ReviewingAccess access, AssignmentStateQuery states, ManualAssignmentHandler manual,
    UndoBatchHandler undo) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var state = await states.LoadAsync(call, cancellationToken);
        var byPaper = state.Assignments.ToLookup(a => a.SubmissionId);
        var rows = state.Submissions.Select(s => new AssignmentRow(s.Id, s.Number, s.Title,
            [.. byPaper[s.Id].Select(a => new AssignedReviewer(a.ReviewerId, state.NameOf(a.ReviewerId), state.BidOf(a.ReviewerId, s.Id)))
                .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)])).ToList();
        var reviewers = state.Reviewers.Select(r => new ReviewerChoice(r.Id, state.NameOf(r.Id), state.LoadOf(r.Id), state.MaxLoadOf(r)))
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var log = await db.AssignmentBatches.AsNoTracking().Where(b => b.CallId == callId).OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Take(100)
            .Select(b => new LogRow(b.Id, b.Kind, b.CreatedAt, b.Summary, b.PairCount, b.UndoneAt)).ToListAsync(cancellationToken);
        return View("Assignments", new AssignmentsPage(call, rows, reviewers, log));
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(Guid callId, Guid? submissionId, Guid? reviewerId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? Done(callId, await manual.AddAsync(call, submissionId, reviewerId, User.UserId()!, cancellationToken))
            : NotFound();

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(Guid callId, Guid submissionId, Guid reviewerId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? Done(callId, await manual.RemoveAsync(call, submissionId, reviewerId, User.UserId()!, cancellationToken))
            : NotFound();

    [HttpPost("log/{batchId:guid}/undo")]
    public async Task<IActionResult> Undo(Guid callId, Guid batchId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var (message, done) = await undo.HandleAsync(call, batchId, User.UserId()!, cancellationToken);
        return Done(callId, new ManualAssignmentHandler.Outcome(message, done));
    }

    private RedirectResult Done(Guid callId, ManualAssignmentHandler.Outcome outcome)
    {
        TempData[outcome.Done ? "Status" : "Error"] = outcome.Message;
        return Redirect($"/calls/{callId}/assignments");
    }
}

public sealed record AssignedReviewer(Guid ReviewerId, string Name, Domain.BidValue? Bid);

public sealed record AssignmentRow(Guid SubmissionId, int Number, string Title, IReadOnlyList<AssignedReviewer> Reviewers);

public sealed record ReviewerChoice(Guid ReviewerId, string Name, int Load, int MaxLoad);

public sealed record LogRow(Guid BatchId, Domain.AssignmentBatchKind Kind, DateTimeOffset At, string Summary, int PairCount, DateTimeOffset? UndoneAt);

public sealed record AssignmentsPage(CallInfo Call, IReadOnlyList<AssignmentRow> Rows, IReadOnlyList<ReviewerChoice> Reviewers, IReadOnlyList<LogRow> Log)
{
    public string Shown(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Call.Window.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
