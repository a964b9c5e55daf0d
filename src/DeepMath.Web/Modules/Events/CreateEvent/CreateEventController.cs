using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.EventPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace DeepMath.Web.Modules.Events.CreateEvent;

[Authorize(Policy = Policies.SiteAdmin)]
[Route("admin/events/new")]
public sealed class CreateEventController(CreateEventHandler handler) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View("CreateEvent", new CreateEventForm());

    [HttpPost("")]
    public async Task<IActionResult> Index(CreateEventForm form, EventForm.EventForm details, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(form, details, ModelState.IsValid, cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            form.Details = details;
            return View("CreateEvent", form);
        }
        TempData["Status"] = "The event is created. Add its call next.";
        return RedirectToAction(nameof(EventPageController.Index), "EventPage", new { slug = result.Value });
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
