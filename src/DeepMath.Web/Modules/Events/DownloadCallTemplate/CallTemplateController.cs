using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.TemplateDownload;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.DownloadCallTemplate;

/// <summary>
/// A call's template for authors, public like the call's page: its own uploaded file, or the DeepMath template for a call
/// that uses it; a call without a template has none to download.
/// </summary>
[Route("events/{slug}/calls/{callId:guid}/template")]
public sealed class CallTemplateController(CallTemplateQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, Guid callId, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(slug, callId, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        return found switch
        {
            (TemplateChoice.Own, { } file) => File(file.Content, file.ContentType, file.FileName),
            (TemplateChoice.DeepMath, _) => RedirectToAction(nameof(TemplateDownloadController.Index), "TemplateDownload"),
            _ => NotFound(),
        };
    }
}
