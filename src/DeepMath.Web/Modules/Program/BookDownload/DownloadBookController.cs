using DeepMath.Web.Modules.Program.BookStatus;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.BookDownload;

/// <summary>The book of abstracts as a PDF for attendees and organizers; a page saying why for anyone else.</summary>
[Route("events/{slug}/program")]
public sealed class DownloadBookController(DownloadBookQuery query) : Controller
{
    [HttpGet("book.pdf")]
    public async Task<IActionResult> Download(string slug, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(slug, User, cancellationToken) is not { } download)
        {
            return NotFound();
        }
        if (download.Refusal == BookRefusal.None)
        {
            return File(download.Pdf!, "application/pdf", $"{slug}-book-of-abstracts.pdf");
        }
        Response.StatusCode = download.Refusal switch
        {
            BookRefusal.NotSignedIn => StatusCodes.Status401Unauthorized,
            BookRefusal.NotRegistered => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status404NotFound,
        };
        var page = new BookRefusedPage(download.Event.Title, slug, download.Refusal,
            Url.Action(nameof(Download), new { slug }) ?? string.Empty,
            Url.Action(nameof(BookStatusController.Index), "BookStatus", new { slug }) ?? string.Empty);
        return View("BookRefused", page);
    }
}
