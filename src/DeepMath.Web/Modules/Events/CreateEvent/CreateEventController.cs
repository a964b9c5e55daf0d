using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.CreateEvent;

[Authorize(Policy = Policies.SiteAdmin)]
[Route("admin/events/new")]
public sealed class CreateEventController(DeepMathDbContext db, AccountDirectory accounts, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View("CreateEvent", new CreateEventForm());

    [HttpPost("")]
    public async Task<IActionResult> Index(CreateEventForm form, EventForm.EventForm details, CancellationToken cancellationToken)
    {
        var slug = form.Slug.Trim().ToLowerInvariant();
        if (ModelState.IsValid && await db.Events.AnyAsync(e => e.Slug == slug, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Slug), $"Another event already uses the address /events/{slug}. Choose another one.");
        }
        var organizers = new List<AccountContact>();
        foreach (var email in EditCall.CallForm.Lines(form.OrganizerEmails ?? string.Empty))
        {
            var contact = await accounts.FindByEmailAsync(email, cancellationToken);
            if (contact is null)
            {
                ModelState.AddModelError(nameof(form.OrganizerEmails), $"No account uses {email}. Ask them to create an account first, then name them.");
            }
            else
            {
                organizers.Add(contact);
            }
        }
        if (!ModelState.IsValid)
        {
            form.Details = details;
            return View("CreateEvent", form);
        }
        var ev = new Event { Title = details.Title, Slug = slug, TimeZoneId = details.TimeZoneId, CreatedAt = clock.GetUtcNow() };
        details.ApplyTo(ev);
        db.Events.Add(ev);
        db.EventOrganizers.AddRange(organizers.Select(o => new EventOrganizer { EventId = ev.Id, UserId = o.UserId, AddedAt = clock.GetUtcNow() }));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = "The event is created. Add its call next.";
        return Redirect($"/events/{ev.Slug}");
    }
}

public sealed class CreateEventForm
{
    [Required(ErrorMessage = "Choose the event's web address, for example deepmath-2025.")]
    [StringLength(Event.SlugMaxLength, ErrorMessage = "The address can have at most {1} characters.")]
    [RegularExpression("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", ErrorMessage = "Use only letters, digits and single hyphens in the address, for example deepmath-2025.")]
    public string Slug { get; set; } = string.Empty;

    [Display(Name = "Organizers' e-mail addresses (one per line)")]
    [StringLength(4000)]
    public string? OrganizerEmails { get; set; }

    /// <summary>Filled from the same posted fields by the action's second parameter, kept here to redisplay them.</summary>
    [BindNever]
    [ValidateNever]
    public EventForm.EventForm Details { get; set; } = new();
}
