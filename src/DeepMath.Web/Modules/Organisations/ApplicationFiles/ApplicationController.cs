using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.ApplicationFiles;

/// <summary>An application's page and its CV and letter, for whoever <see cref="Authorization.ApplicationAccess"/> lets read it.</summary>
[Authorize]
[Route("awards/applications/{id:guid}")]
public sealed class ApplicationController(ApplicationQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await query.PageAsync(User, id, cancellationToken) is { } page ? View("Application", page) : NotFound();

    [HttpGet("files/{kind}")]
    public async Task<IActionResult> Download(Guid id, ApplicationFileKind kind, CancellationToken cancellationToken)
    {
        if (await query.FileAsync(User, id, kind, cancellationToken) is not { } file)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, "application/pdf", file.FileName);
    }
}
