using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.ReviewerAttributes;

/// <summary>
/// Organizers set what the assignment constraints read about each committee member (senior, institution, country),
/// one by one in a table or many at once from pasted CSV lines.
/// </summary>
[Authorize]
[Route("calls/{callId:guid}/reviewers/attributes")]
public sealed class ReviewerAttributesController(ReviewingAccess access, ReviewerAttributesQuery query, SaveAttributesHandler save) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? View("ReviewerAttributes", await query.PageAsync(call, null, cancellationToken))
            : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Save(Guid callId, [FromForm] List<AttributeRow> rows, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var saved = await save.SaveAsync(call, rows, cancellationToken);
        this.Tell(saved);
        return RedirectToAction(nameof(Index), new { callId });
    }

    [HttpPost("import")]
    public async Task<IActionResult> Import(Guid callId, string? csv, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var imported = await save.ImportAsync(call, csv, cancellationToken);
        if (!imported.Succeeded)
        {
            imported.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("ReviewerAttributes", await query.PageAsync(call, csv, cancellationToken));
        }
        this.Tell(imported);
        return RedirectToAction(nameof(Index), new { callId });
    }
}
