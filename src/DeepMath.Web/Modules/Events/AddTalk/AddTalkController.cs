using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.SeriesPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.AddTalk;

[Authorize]
[Route("series/{slug}/talks/new")]
public sealed class AddTalkController(AddTalkHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await handler.NewAsync(User, slug, cancellationToken) is { } page ? View("AddTalk", page) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, EventFields.EventForm form, CancellationToken cancellationToken)
    {
        var page = await handler.PageAsync(User, slug, form, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        var result = await handler.HandleAsync(User, slug, form, ModelState.IsValid, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return View("AddTalk", page);
        }
        TempData["Status"] = $"The talk \"{form.Title.Trim()}\" is added to {page.SeriesName}. Subscribers get an e-mail about it.";
        return RedirectToAction(nameof(SeriesPageController.Index), "SeriesPage", new { slug });
    }
}
