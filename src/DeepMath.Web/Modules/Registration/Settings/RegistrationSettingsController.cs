using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Settings;

/// <summary>Organizers set the registration window, capacity, currency and ticket types.</summary>
[Authorize]
[Route("events/{slug}/registration/settings")]
public sealed class RegistrationSettingsController(EventManagers access, DeepMathDbContext db, SaveSettingsHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var settings = await db.RegistrationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EventId == ev.EventId, cancellationToken);
        var form = new SettingsForm
        {
            OpensOn = ev.RegistrationOpensOn, ClosesOn = ev.RegistrationClosesOn, Capacity = settings?.Capacity ?? RegistrationSettings.DefaultCapacity,
            Currency = settings?.Currency ?? "USD", LetterNote = settings?.LetterNote,
        };
        return await PageAsync(ev, form, new TicketTypeForm(), cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, SettingsForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (ModelState.IsValid && await handler.SaveAsync(ev, form, cancellationToken) is { } error)
        {
            ModelState.AddModelError(nameof(SettingsForm.Capacity), error);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(ev, form, new TicketTypeForm(), cancellationToken);
        }
        TempData["Status"] = "The registration settings are saved.";
        return Redirect($"/events/{slug}/registration/settings");
    }

    [HttpPost("types")]
    public Task<IActionResult> AddType(string slug, [Bind(Prefix = "NewType")] TicketTypeForm form, CancellationToken cancellationToken) =>
        SaveTypeAsync(slug, null, form, cancellationToken);

    [HttpPost("types/{id:guid}")]
    public Task<IActionResult> EditType(string slug, Guid id, TicketTypeForm form, CancellationToken cancellationToken) =>
        SaveTypeAsync(slug, id, form, cancellationToken);

    private async Task<IActionResult> SaveTypeAsync(string slug, Guid? id, TicketTypeForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var error = ModelState.IsValid
            ? await handler.SaveTypeAsync(ev, id, form, cancellationToken)
            : string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        TempData[error is null ? "Status" : "Error"] = error is null ? $"The ticket type \"{form.Name.Trim()}\" is saved." : $"The ticket type is not saved: {error}";
        return Redirect($"/events/{slug}/registration/settings");
    }

    private async Task<IActionResult> PageAsync(EventInfo ev, SettingsForm form, TicketTypeForm newType, CancellationToken cancellationToken)
    {
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == ev.EventId).OrderBy(t => t.SortOrder)
            .Select(t => new TicketTypeRow(t.Id, t.Name, t.Fee, t.Cap, t.IsOffered,
                db.Registrations.Count(r => r.TicketTypeId == t.Id && r.State == RegistrationState.Confirmed && !r.IsPresenter),
                db.Registrations.Count(r => r.TicketTypeId == t.Id && r.State == RegistrationState.Waitlisted)))
            .ToListAsync(cancellationToken);
        var isSetUp = await db.RegistrationSettings.AnyAsync(s => s.EventId == ev.EventId, cancellationToken);
        return View("RegistrationSettings", new SettingsPage(ev, form, types, newType, isSetUp));
    }
}
