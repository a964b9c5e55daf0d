using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Program.Editor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.Release;

/// <summary>Reviewing what a release would change, with its warnings, and releasing.</summary>
[Authorize]
[Route("events/{slug}/program/release")]
public sealed class ReleaseProgramController(ReleaseHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) => await PageAsync(slug, null, [], cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, ReleaseForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await PageAsync(slug, form, [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)], cancellationToken);
        }
        var result = await handler.ReleaseAsync(User, slug, form, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (!result.Succeeded)
        {
            return await PageAsync(slug, form, [.. result.Messages], cancellationToken);
        }
        TempData["Status"] = result.Value;
        return RedirectToAction(nameof(ProgramEditorController.Index), "ProgramEditor", new { slug });
    }

    private async Task<IActionResult> PageAsync(string slug, ReleaseForm? form, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var page = await handler.PreviewAsync(User, slug, form, cancellationToken);
        if (this.Refusal(page) is { } refusal)
        {
            return refusal;
        }
        ModelState.Clear();
        ViewData["Errors"] = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return View("ReleaseProgram", page.Value);
    }
}
