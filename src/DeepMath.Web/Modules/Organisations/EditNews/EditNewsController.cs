using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.News;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.EditNews;

/// <summary>The managers write, edit and delete news items; everyone else gets 404.</summary>
[Authorize]
[Route("organisations/{slug}/news")]
public sealed class EditNewsController(OrganisationAccess access, EditNewsHandler handler) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(string slug, CancellationToken cancellationToken) =>
        await access.FindManagedAsync(User, slug, cancellationToken) is { } organisation
            ? View("EditNews", new EditNewsPage(slug, organisation.Name, null, handler.Blank()))
            : NotFound();

    [HttpPost("new")]
    public Task<IActionResult> New(string slug, [Bind(Prefix = "Form")] NewsForm form, CancellationToken cancellationToken) => SaveAsync(slug, null, form, cancellationToken);

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(string slug, Guid id, CancellationToken cancellationToken) =>
        await access.FindManagedAsync(User, slug, cancellationToken) is { } organisation && await handler.FormAsync(organisation.Id, id, cancellationToken) is { } form
            ? View("EditNews", new EditNewsPage(slug, organisation.Name, id, form))
            : NotFound();

    [HttpPost("{id:guid}/edit")]
    public Task<IActionResult> Edit(string slug, Guid id, [Bind(Prefix = "Form")] NewsForm form, CancellationToken cancellationToken) => SaveAsync(slug, id, form, cancellationToken);

    [HttpPost("{id:guid}/delete")]
    public async Task<IActionResult> Delete(string slug, Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation || !(await handler.DeleteAsync(organisation.Id, id, cancellationToken)).Succeeded)
        {
            return NotFound();
        }
        TempData["Status"] = "The news item is deleted.";
        return RedirectToAction(nameof(NewsController.Index), "News", new { slug });
    }

    private async Task<IActionResult> SaveAsync(string slug, Guid? id, NewsForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("EditNews", new EditNewsPage(slug, organisation.Name, id, form));
        }
        var saved = await handler.SaveAsync(organisation.Id, id, form, cancellationToken);
        if (!saved.Succeeded)
        {
            return NotFound();
        }
        TempData["Status"] = form.Publish ? "The news item is published." : "The draft is saved; only managers see it until you publish it.";
        return RedirectToAction(nameof(NewsController.Item), "News", new { slug, id = saved.Value });
    }
}
