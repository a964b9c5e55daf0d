using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.SeriesPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.EditSeries;

[Authorize]
public sealed class EditSeriesController(SaveSeriesHandler handler, SeriesAccess access) : Controller
{
    [Authorize(Policy = Policies.SiteAdmin)]
    [HttpGet("admin/series/new")]
    public IActionResult New() => View("EditSeries", new EditSeriesPage(null, new SeriesForm()));

    [Authorize(Policy = Policies.SiteAdmin)]
    [HttpPost("admin/series/new")]
    public async Task<IActionResult> New(SeriesForm form, CancellationToken cancellationToken)
    {
        var result = await handler.CreateAsync(form, ModelState.IsValid, cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return View("EditSeries", new EditSeriesPage(null, form));
        }
        TempData["Status"] = "The series is created. Add its first talk next.";
        return RedirectToAction(nameof(SeriesPageController.Index), "SeriesPage", new { slug = result.Value });
    }

    [HttpGet("series/{slug}/edit")]
    public async Task<IActionResult> Edit(string slug, CancellationToken cancellationToken) =>
        await access.FindManagedAsync(User, slug, cancellationToken) is { } series
            ? View("EditSeries", new EditSeriesPage(series.Slug, SeriesForm.From(series)))
            : NotFound();

    [HttpPost("series/{slug}/edit")]
    public async Task<IActionResult> Edit(string slug, SeriesForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await access.FindManagedAsync(User, slug, cancellationToken) is null ? NotFound() : View("EditSeries", new EditSeriesPage(slug, form));
        }
        var result = await handler.SaveAsync(User, slug, form, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        TempData["Status"] = "The series is saved.";
        return RedirectToAction(nameof(SeriesPageController.Index), "SeriesPage", new { slug });
    }
}

/// <summary>The form, for a new series when <paramref name="Slug"/> is null.</summary>
public sealed record EditSeriesPage(string? Slug, SeriesForm Form);
