using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.SeriesPage;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.SeriesSubscription;

/// <summary>
/// Subscribing to a series by e-mail. The links in the mails open a page with one button: a link checker that
/// fetches every link in a mail must not confirm or end a subscription by itself.
/// </summary>
public sealed class SeriesSubscriptionController(SeriesSubscriptionHandler handler) : Controller
{
    [HttpPost("series/{slug}/subscribe")]
    public async Task<IActionResult> Subscribe(string slug, string? email, CancellationToken cancellationToken)
    {
        var result = await handler.SubscribeAsync(slug, email, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        this.Tell(result);
        return RedirectToAction(nameof(SeriesPageController.Index), "SeriesPage", new { slug });
    }

    [HttpGet("subscriptions/series/confirm")]
    public async Task<IActionResult> Confirm(string? token, CancellationToken cancellationToken) =>
        await handler.FindAsync(token, cancellationToken) is { } view ? View("Confirm", view) : UnknownLink();

    [HttpPost("subscriptions/series/confirm")]
    [ActionName(nameof(Confirm))]
    public async Task<IActionResult> ConfirmPost(string? token, CancellationToken cancellationToken) =>
        await Done(token, await handler.ConfirmAsync(token, cancellationToken), cancellationToken);

    [HttpGet("subscriptions/series/unsubscribe")]
    public async Task<IActionResult> Unsubscribe(string? token, CancellationToken cancellationToken) =>
        await handler.FindAsync(token, cancellationToken) is { } view ? View("Unsubscribe", view) : UnknownLink();

    [HttpPost("subscriptions/series/unsubscribe")]
    [ActionName(nameof(Unsubscribe))]
    public async Task<IActionResult> UnsubscribePost(string? token, CancellationToken cancellationToken) =>
        await Done(token, await handler.UnsubscribeAsync(token, cancellationToken), cancellationToken);

    private async Task<IActionResult> Done(string? token, Infrastructure.Results.Result<string> result, CancellationToken cancellationToken)
    {
        var view = await handler.FindAsync(token, cancellationToken);
        if (view is null)
        {
            return UnknownLink();
        }
        this.Tell(result);
        return RedirectToAction(nameof(SeriesPageController.Index), "SeriesPage", new { slug = view.SeriesSlug });
    }

    private ViewResult UnknownLink()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("UnknownLink");
    }
}
