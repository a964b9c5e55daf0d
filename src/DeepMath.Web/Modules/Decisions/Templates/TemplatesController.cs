using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Decisions.Templates;

/// <summary>A notification template per outcome: edit, preview for any submission, send a test to oneself.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions/templates")]
public sealed class TemplatesController(EventManagers access, OutcomeCatalog outcomes, TemplatesQuery templates, TemplateHandler handler, AccountDirectory accounts) : Controller
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
        var saved = await templates.SavedAsync(callId, chosen.Key, cancellationToken);
        var subject = saved?.Subject ?? DefaultTemplates.Subject(chosen);
        var body = saved?.Body ?? DefaultTemplates.Body(chosen);
        return await PageAsync(call, known, chosen, subject, body, saved is not null, number, [], cancellationToken);
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
        var saved = await templates.SavedAsync(callId, chosen.Key, cancellationToken) is not null;
        var errors = TemplateHandler.Validate(subject, body);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(call, known, chosen, subject, body, saved, form.Number, errors, cancellationToken, renderPreview: false);
        }
        switch (form.Command)
        {
            case "save":
                await handler.SaveAsync(callId, chosen.Key, subject, body, User.UserId()!, cancellationToken);
                TempData["Status"] = $"The template for \"{chosen.Label}\" is saved.";
                return RedirectToAction(nameof(Index), new { callId, outcome = chosen.Key });
            case "test":
                var me = (await accounts.ContactsAsync([User.UserId()!], cancellationToken)).FirstOrDefault();
                var target = await handler.PreviewSubmissionAsync(callId, chosen.Key, form.Number, cancellationToken);
                if (me is null || target is null)
                {
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                    return await PageAsync(call, known, chosen, subject, body, saved, form.Number,
                        [target is null ? "There is no submitted abstract to write the test for; the test needs one." : "Your account has no e-mail address."], cancellationToken);
                }
                var message = await handler.RenderAsync(call, target.Value.Id, chosen, subject, body, (me.Email, me.DisplayName), test: true, cancellationToken);
                await handler.QueueTestAsync(message!, call.EventId, cancellationToken);
                ViewData["Status"] = $"A test for abstract {target.Value.Number} is on its way to {me.Email}. The template itself is not saved yet.";
                return await PageAsync(call, known, chosen, subject, body, saved, form.Number, [], cancellationToken);
            default:
                return await PageAsync(call, known, chosen, subject, body, saved, form.Number, [], cancellationToken);
        }
    }

    private async Task<IActionResult> PageAsync(CallInfo call, IReadOnlyList<DecisionOutcome> known, DecisionOutcome chosen, string subject, string body, bool isSaved, int? number,
        IReadOnlyList<string> errors, CancellationToken cancellationToken, bool renderPreview = true)
    {
        var errorList = errors.ToList();
        var target = await handler.PreviewSubmissionAsync(call.CallId, chosen.Key, number, cancellationToken);
        if (number is not null && target is null)
        {
            errorList.Add($"There is no submitted abstract number {number}; the preview shows none.");
        }
        var preview = renderPreview && target is { } t ? await handler.RenderAsync(call, t.Id, chosen, subject, body, null, false, cancellationToken) : null;
        return View("Templates", new TemplatesPage(call, known, chosen, subject, body, isSaved, target?.Number, preview, errorList));
    }
}
