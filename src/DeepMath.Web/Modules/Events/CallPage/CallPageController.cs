using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.CallPage;

[Route("events/{slug}/calls/{callId:guid}")]
public sealed class CallPageController(CallPageQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, Guid callId, CancellationToken cancellationToken) =>
        await query.FindAsync(User, slug, callId, cancellationToken) is { } page ? View("CallPage", page) : NotFound();
}
