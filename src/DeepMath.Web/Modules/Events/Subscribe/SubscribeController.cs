using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.EventPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.Subscribe;

[Authorize]
[Route("events/{slug}/subscription")]
public sealed class SubscribeController(SubscribeHandler handler) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Update(string slug, bool subscribe, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(slug, User.UserId()!, subscribe, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        TempData["Status"] = subscribe ? "We will e-mail you when a call of this event opens." : "You will get no more e-mail about this event's calls.";
        return RedirectToAction(nameof(EventPageController.Index), "EventPage", new { slug });
    }
}
