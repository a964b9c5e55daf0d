using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Program.PublicProgram;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.Stars;

/// <summary>A signed-in reader stars sessions and items of the program (a plain form: works without JavaScript).</summary>
[Authorize]
[Route("events/{slug}/program")]
public sealed class StarsController(StarHandler handler) : Controller
{
    [HttpPost("stars")]
    public async Task<IActionResult> Toggle(string slug, StarForm form, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(slug, User.UserId()!, form, cancellationToken);
        if (result.Status == ResultStatus.NotFound)
        {
            return NotFound();
        }
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded ? result.Value : string.Join(" ", result.Messages);
        return form.ReturnUrl is { } back && Url.IsLocalUrl(back)
            ? LocalRedirect(back)
            : RedirectToAction(nameof(ProgramPageController.Index), "ProgramPage", new { slug });
    }
}
