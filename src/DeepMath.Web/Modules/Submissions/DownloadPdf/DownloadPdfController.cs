using DeepMath.Web.Modules.Submissions.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Submissions.DownloadPdf;

/// <summary>One stored PDF version, for the submission's owner and the event's organizers.</summary>
[Authorize]
[Route("submissions/{id:guid}/pdf/{version:int}")]
public sealed class DownloadPdfController(SubmissionAccess access, StoredPdfQuery pdfs) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, int version, CancellationToken cancellationToken)
    {
        if (await access.ReadAsync(User, id, cancellationToken) is not { } grant
            || await pdfs.BytesAsync(id, version, cancellationToken) is not { } bytes)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return File(bytes, "application/pdf", $"submission-{grant.Submission.Number}-v{version}.pdf");
    }
}
