using DeepMath.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.Speakers;

/// <summary>Speaker profiles: public pages and photos; the list and the forms for organizers of any event or series.</summary>
[Route("speakers")]
public sealed class SpeakersController(SpeakersHandler handler) : Controller
{
    /// <summary>A little above the photo limit, so that an over-limit photo is read and refused with a message.</summary>
    private const long MaxRequestBytes = Domain.Speaker.PhotoMaxBytes + (512 * 1024);

    [Authorize]
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await handler.MayEditAsync(User, cancellationToken) ? View("Speakers", await handler.ListAsync(cancellationToken)) : Forbid();

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Profile(Guid id, CancellationToken cancellationToken) =>
        await handler.FindAsync(User, id, cancellationToken) is { } profile ? View("Speaker", profile) : NotFound();

    [HttpGet("{id:guid}/photo")]
    [ResponseCache(Duration = 300)]
    public async Task<IActionResult> Photo(Guid id, CancellationToken cancellationToken) =>
        await handler.PhotoAsync(id, cancellationToken) is { } photo ? File(photo.Bytes, photo.ContentType) : NotFound();

    [Authorize]
    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        await handler.MayEditAsync(User, cancellationToken) ? View("EditSpeaker", new EditSpeakerPage(null, new SpeakerForm(), false)) : Forbid();

    [Authorize]
    [HttpPost("new")]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    [RequestSizeLimit(MaxRequestBytes)]
    public Task<IActionResult> New(SpeakerForm form, IFormFile? photo, CancellationToken cancellationToken) => SaveAsync(null, form, photo, cancellationToken);

    [Authorize]
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        if (!await handler.MayEditAsync(User, cancellationToken))
        {
            return Forbid();
        }
        var profile = await handler.FindAsync(User, id, cancellationToken);
        return profile is null ? NotFound() : View("EditSpeaker", new EditSpeakerPage(id, (await handler.FormAsync(id, cancellationToken))!, profile.HasPhoto));
    }

    [Authorize]
    [HttpPost("{id:guid}/edit")]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    [RequestSizeLimit(MaxRequestBytes)]
    public Task<IActionResult> Edit(Guid id, SpeakerForm form, IFormFile? photo, CancellationToken cancellationToken) => SaveAsync(id, form, photo, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid? id, SpeakerForm form, IFormFile? photo, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await handler.MayEditAsync(User, cancellationToken) ? View("EditSpeaker", new EditSpeakerPage(id, form, false)) : Forbid();
        }
        var result = await handler.SaveAsync(User, id, form, photo, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return View("EditSpeaker", new EditSpeakerPage(id, form, false));
        }
        TempData["Status"] = "The speaker's profile is saved.";
        return RedirectToAction(nameof(Profile), new { id = result.Value });
    }
}

public sealed record EditSpeakerPage(Guid? Id, SpeakerForm Form, bool HasPhoto);
