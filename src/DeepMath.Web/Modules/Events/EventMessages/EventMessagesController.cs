using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.EventMessages;

/// <summary>Organizers write to a group of their event: compose, preview (count and the mail as sent), send through the outbox.</summary>
[Authorize]
[Route("events/{slug}/messages")]
public sealed class EventMessagesController(EventAccess access, SendMessageHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, MessageGroup? group, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        return View("EventMessages", await PageAsync(ev, new MessageForm { MessageId = Guid.NewGuid(), Group = group }, null, cancellationToken));
    }

    [HttpPost("preview")]
    public async Task<IActionResult> Preview(string slug, MessageForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (form.MessageId == Guid.Empty)
        {
            form.MessageId = Guid.NewGuid();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("EventMessages", await PageAsync(ev, form, null, cancellationToken));
        }
        return View("EventMessages", await PageAsync(ev, form, await handler.PreviewAsync(ev, form, cancellationToken), cancellationToken));
    }

    [HttpPost("send")]
    public async Task<IActionResult> Send(string slug, MessageForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var sent = ModelState.IsValid ? await handler.SendAsync(ev, form, cancellationToken) : null;
        if (sent is not { Succeeded: true })
        {
            sent?.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("EventMessages", await PageAsync(ev, form, null, cancellationToken));
        }
        TempData["Status"] = sent.Value;
        return RedirectToAction(nameof(Index), new { slug });
    }

    private async Task<EventMessagesPage> PageAsync(Event ev, MessageForm form, MessagePreview? preview, CancellationToken cancellationToken) =>
        new(ev, form, await handler.CallsAsync(ev.Id, cancellationToken), preview);
}
