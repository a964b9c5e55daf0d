using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.CallPage;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.EditCall;

/// <summary>Organizers add and edit calls, with the call's own template file when it has one.</summary>
[Authorize]
[Route("events/{slug}/calls")]
public sealed class EditCallController(SaveCallHandler handler, EventAccess access) : Controller
{
    /// <summary>A little above the template limit, so that an over-limit file is read and refused with a message.</summary>
    private const long MaxRequestBytes = CallTemplateFile.MaxBytes + (1024 * 1024);

    [HttpGet("new")]
    public async Task<IActionResult> New(string slug, CancellationToken cancellationToken)
    {
        var ev = await FindManagedAsync(slug, cancellationToken);
        return ev is null ? NotFound() : View("EditCall", new EditCallPage(ev.Slug, ev.Title, null, new CallForm()));
    }

    [HttpPost("new")]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> New(string slug, CallForm form, IFormFile? template, CancellationToken cancellationToken)
    {
        var ev = await FindManagedAsync(slug, cancellationToken);
        if (ev is null)
        {
            return NotFound();
        }
        if (PresetApplied(form) is { } notice)
        {
            return View("EditCall", new EditCallPage(ev.Slug, ev.Title, null, form) { Notice = notice });
        }
        var upload = await ReadTemplateAsync(form, template, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("EditCall", new EditCallPage(ev.Slug, ev.Title, null, form));
        }
        var created = await handler.CreateAsync(ev.Id, form, upload, cancellationToken);
        if (!created.Succeeded)
        {
            created.AddTo(ModelState);
            return View("EditCall", new EditCallPage(ev.Slug, ev.Title, null, form));
        }
        TempData["Status"] = "The call is saved.";
        return RedirectToAction(nameof(CallPageController.Index), "CallPage", new { slug, callId = created.Value });
    }

    [HttpGet("{callId:guid}/edit")]
    public async Task<IActionResult> Edit(string slug, Guid callId, CancellationToken cancellationToken)
    {
        var ev = await FindManagedAsync(slug, cancellationToken);
        var form = ev is null ? null : await handler.FormAsync(ev.Id, callId, cancellationToken);
        return form is null ? NotFound() : View("EditCall", await PageAsync(ev!, callId, form, cancellationToken));
    }

    [HttpPost("{callId:guid}/edit")]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Edit(string slug, Guid callId, CallForm form, IFormFile? template, CancellationToken cancellationToken)
    {
        var ev = await FindManagedAsync(slug, cancellationToken);
        if (ev is null || await handler.FormAsync(ev.Id, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (PresetApplied(form) is { } notice)
        {
            return View("EditCall", await PageAsync(ev, callId, form, cancellationToken) with { Notice = notice });
        }
        var upload = await ReadTemplateAsync(form, template, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("EditCall", await PageAsync(ev, callId, form, cancellationToken));
        }
        var result = await handler.UpdateAsync(ev.Id, callId, form, upload, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return View("EditCall", await PageAsync(ev, callId, form, cancellationToken));
        }
        TempData["Status"] = "The call is saved. Reminders and notices follow the new dates.";
        return RedirectToAction(nameof(CallPageController.Index), "CallPage", new { slug, callId });
    }

    /// <summary>Reads a chosen template file when the call is to have its own; a file that is refused is an error on the form, and nothing is saved.</summary>
    private async Task<TemplateUpload?> ReadTemplateAsync(CallForm form, IFormFile? template, CancellationToken cancellationToken)
    {
        if (form.Template != Contracts.TemplateChoice.Own || template is null)
        {
            return null;
        }
        var read = await TemplateUpload.ReadAsync(template, cancellationToken);
        if (!read.Succeeded)
        {
            ModelState.AddModelError(SaveCallHandler.TemplateField, string.Join(" ", read.Messages) + " Nothing was saved.");
            return null;
        }
        return read.Value;
    }

    private async Task<EditCallPage> PageAsync(Event ev, Guid callId, CallForm form, CancellationToken cancellationToken) =>
        new(ev.Slug, ev.Title, callId, form) { StoredTemplate = await handler.StoredTemplateAsync(callId, cancellationToken) };

    /// <summary>Fills the form from a preset when one was pressed; nothing is saved, so the form is shown again without errors.</summary>
    private string? PresetApplied(CallForm form)
    {
        if (!CallPresets.Apply(form, form.Preset))
        {
            return null;
        }
        ModelState.Clear();
        return form.Preset == CallPresets.Papers
            ? $"The call-for-papers rules are filled in (at most {CallPresets.PaperRules.MaxPages} pages, references anywhere, any template). Nothing is saved yet: check the form and save the call."
            : "The DeepMath abstract rules are filled in (one page of text, references on page 2, the DeepMath template). Nothing is saved yet: check the form and save the call.";
    }

    private Task<Event?> FindManagedAsync(string slug, CancellationToken cancellationToken) =>
        access.FindManagedAsync(User, slug, cancellationToken);
}

public sealed record EditCallPage(string EventSlug, string EventTitle, Guid? CallId, CallForm Form)
{
    /// <summary>Says a preset filled the form and nothing is saved yet.</summary>
    public string? Notice { get; init; }

    /// <summary>The call's own template file as stored, if it has one.</summary>
    public StoredTemplate? StoredTemplate { get; init; }
}
