using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>Organizers see who reviews what, assign or take away pairs by hand, and undo any logged change as a batch.</summary>
[Authorize]
[Route("calls/{callId:guid}/assignments")]
public sealed class AssignmentsController(ReviewingAccess access, AssignmentsQuery query, ManualAssignmentHandler manual, UndoBatchHandler undo) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? View("Assignments", await query.PageAsync(call, cancellationToken))
            : NotFound();

    [HttpPost("add")]
    public async Task<IActionResult> Add(Guid callId, Guid? submissionId, Guid? reviewerId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? Done(callId, await manual.AddAsync(call, submissionId, reviewerId, User.UserId()!, cancellationToken))
            : NotFound();

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(Guid callId, Guid submissionId, Guid reviewerId, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        if (!confirmed)
        {
            var preview = await manual.PreviewRemovalAsync(call, submissionId, reviewerId, cancellationToken);
            if (!preview.Succeeded)
            {
                return Done(callId, Result<string>.Invalid(string.Join(" ", preview.Messages)));
            }
            var p = preview.Value;
            return this.ConfirmFirstView($"Take {p.ReviewerName} off abstract {p.Number}?", $"Take {p.ReviewerName} off abstract {p.Number}",
                Url.Action(nameof(Index), new { callId })!,
                $"Abstract {p.Number} leaves {p.ReviewerName}'s assigned list: they can no longer open it or review it. They get no e-mail about it.",
                $"The abstract keeps {Counted.Of(p.OthersAssigned, "reviewer")} of the {p.ReviewsPerSubmission} it should get; assign another here, or use \"replace\" to hand it to one of its alternates instead.",
                "The change is logged and can be undone from the log below the table, as long as nobody has started a review in between.");
        }
        return Done(callId, await manual.RemoveAsync(call, submissionId, reviewerId, User.UserId()!, cancellationToken));
    }

    [HttpPost("log/{batchId:guid}/undo")]
    public async Task<IActionResult> Undo(Guid callId, Guid batchId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? Done(callId, await undo.HandleAsync(call, batchId, User.UserId()!, cancellationToken))
            : NotFound();

    private RedirectToActionResult Done(Guid callId, Result<string> result)
    {
        this.Tell(result);
        return RedirectToAction(nameof(Index), new { callId });
    }
}
