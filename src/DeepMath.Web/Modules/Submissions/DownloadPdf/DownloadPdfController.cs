using DeepMath.Web.Modules.Submissions.Authorization;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.DownloadPdf;

/// <summary>One stored PDF version, for the submission's owner and the event's organizers.</summary>
[Authorize]
[Route("submissions/{id:guid}/pdf/{version:int}")]
public sealed class DownloadPdfController(SubmissionAccess access, ISubmissionsData db, IPdfStore store) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, int version, CancellationToken cancellationToken)
    {
        if (await access.ReadAsync(User, id, cancellationToken) is not { } grant)
        {
            return NotFound();
        }
        var pdf = await db.SubmissionPdfs.AsNoTracking().SingleOrDefaultAsync(p => p.SubmissionId == id && p.Version == version, cancellationToken);
        if (pdf is null || await store.GetAsync(pdf.StorageKey, cancellationToken) is not { } bytes)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return File(bytes, "application/pdf", $"submission-{grant.Submission.Number}-v{version}.pdf");
    }
}
