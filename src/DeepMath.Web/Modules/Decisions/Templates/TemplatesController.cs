using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Decisions.Templates;

/// <summary>A notification template per outcome: edit, preview for any submission, send a test to oneself.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions/templates")]
public sealed class TemplatesController(EventManagers access, OutcomeCatalog outcomes, TemplatesPageQuery pages, TemplateHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, string? outcome, int? number, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        var chosen = known.FirstOrDefault(o => o.Key == outcome) ?? known[0];
        return View("Templates", await pages.OpenAsync(call, known, chosen, number, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Post(Guid callId, [FromForm] TemplateForm form, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        if (known.FirstOrDefault(o => o.Key == form.Outcome) is not { } chosen)
        {
            TempData["Error"] = $"The call has no outcome \"{form.Outcome}\", so the template was not saved: choose one of the outcomes above and save again.";
            return RedirectToAction(nameof(Index), new { callId });
        }
        var subject = form.Subject ?? string.Empty;
        var body = form.Body ?? string.Empty;
        var valid = TemplateHandler.Validate(subject, body);
        if (!valid.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Templates", await pages.PageAsync(call, known, chosen, subject, body, form.Number, valid.Messages, cancellationToken, renderPreview: false));
        }
        switch (form.Command)
        {
            case "save":
                await handler.SaveAsync(callId, chosen.Key, subject, body, User.UserId()!, cancellationToken);
                TempData["Status"] = $"The template for \"{chosen.Label}\" is saved.";
                return RedirectToAction(nameof(Index), new { callId, outcome = chosen.Key });
            case "test":
                var sent = await handler.SendTestAsync(call, chosen, subject, body, form.Number, User.UserId()!, cancellationToken);
                if (sent.Succeeded)
                {
                    ViewData["Status"] = sent.Value;
                }
                else
                {
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                }
                return View("Templates", await pages.PageAsync(call, known, chosen, subject, body, form.Number, sent.Messages, cancellationToken));
            default:
                return View("Templates", await pages.PageAsync(call, known, chosen, subject, body, form.Number, [], cancellationToken));
        }
    }
}
