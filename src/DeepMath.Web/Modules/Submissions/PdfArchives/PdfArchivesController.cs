using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.CallSubmissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Submissions.PdfArchives;

/// <summary>
/// A ZIP of a call's PDFs for its organizers: asked for from the submissions list (all, or the filtered ones),
/// built by a background job, downloaded here once ready.
/// </summary>
[Authorize]
[Route("calls/{callId:guid}/submissions/archives")]
public sealed class PdfArchivesController(EventManagers managers, RequestPdfArchiveHandler requests, PdfArchiveQuery archives) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Ask(Guid callId, [FromQuery] SubmissionListFilter filter, CancellationToken cancellationToken)
    {
        if (await managers.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var asked = await requests.HandleAsync(call, filter, User.UserId()!, cancellationToken);
        if (asked.Succeeded)
        {
            TempData["Status"] = asked.Value;
        }
        else
        {
            TempData["Error"] = string.Join(" ", asked.Errors.SelectMany(e => e.Value));
        }
        return RedirectToAction(nameof(CallSubmissionsController.Index), "CallSubmissions", new RouteValueDictionary(filter.RouteValues()) { ["callId"] = callId });
    }

    [HttpGet("{archiveId:guid}")]
    public async Task<IActionResult> Download(Guid callId, Guid archiveId, CancellationToken cancellationToken)
    {
        if (await managers.ManagedCallAsync(User, callId, cancellationToken) is not { } call
            || await archives.BytesAsync(callId, archiveId, cancellationToken) is not { } bytes)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return File(bytes, "application/zip", $"{call.EventSlug}-abstracts.zip");
    }
}
