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
public sealed class CreateEventController(CreateEventHandler handler, EventFields.EventFormChoicesQuery choices) : Controller
{
    /// <summary>The form for one kind of event (conference, workshop or colloquium talk), each with its own fields.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(EventKind? kind, CancellationToken cancellationToken)
    {
        var details = new EventFields.EventForm { Kind = kind ?? EventKind.Conference, Choices = await choices.LoadAsync(User, null, cancellationToken) };
        return View("CreateEvent", new CreateEventForm { Details = details });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(CreateEventForm form, EventFields.EventForm details, CancellationToken cancellationToken)
    {
        details.Choices = await choices.LoadAsync(User, null, cancellationToken);
        var result = await handler.HandleAsync(form, details, ModelState.IsValid, cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            form.Details = details;
            return View("CreateEvent", form);
        }
        // A call makes sense for a conference or a workshop; a colloquium is one invited talk.
        TempData["Status"] = EventKindNames.HasCalls(details.Kind) ? "The event is created. Add its call next." : "The talk is created.";
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
    public EventFields.EventForm Details { get; set; } = new();
}
