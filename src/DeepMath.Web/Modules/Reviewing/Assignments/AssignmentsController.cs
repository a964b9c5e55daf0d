using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
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
    public async Task<IActionResult> Remove(Guid callId, Guid submissionId, Guid reviewerId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? Done(callId, await manual.RemoveAsync(call, submissionId, reviewerId, User.UserId()!, cancellationToken))
            : NotFound();

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
