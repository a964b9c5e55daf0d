using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Events.EventForm;

/// <summary>The fields of an event, shared by "create an event" (site admins) and "edit event" (organizers).</summary>
public sealed class EventForm : IValidatableObject
{
    [Required(ErrorMessage = "Give the event a title.")]
    [StringLength(Event.TitleMaxLength, ErrorMessage = "The title can have at most {1} characters.")]
    public string Title { get; set; } = string.Empty;

    public EventKind Kind { get; set; }

    [StringLength(200)]
    public string? Series { get; set; }

    [Range(1, 1000, ErrorMessage = "The edition is a number from {1} to {2}.")]
    public int? Edition { get; set; }

    [StringLength(Event.DescriptionMaxLength, ErrorMessage = "The description can have at most {1} characters.")]
    [Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [StringLength(300, ErrorMessage = "The venue can have at most {1} characters.")]
    public string? Venue { get; set; }

    [Required(ErrorMessage = "Enter the first day of the event.")]
    [Display(Name = "First day")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Enter the last day of the event.")]
    [Display(Name = "Last day")]
    public DateOnly? EndsOn { get; set; }

    [Required(ErrorMessage = "Choose the event's time zone, for example Europe/Berlin.")]
    [StringLength(64)]
    [Display(Name = "Time zone (IANA)")]
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>ISO 3166-1 alpha-2; it chooses the paper (Letter or A4) of the tickets and letters. Registration dates are not here:
    /// they are set once, on the registration settings page, so that two forms cannot disagree about them.</summary>
    [Display(Name = "Country")]
    public string? CountryCode { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsOn is { } start && EndsOn is { } end && end < start)
        {
            yield return new ValidationResult("The last day is before the first day: correct one of them.", [nameof(EndsOn)]);
        }
        if (!TimeZones.IsKnown(TimeZoneId))
        {
            yield return new ValidationResult($"'{TimeZoneId}' is not a time zone we know. Use an IANA name such as Europe/Berlin, America/New_York or UTC.", [nameof(TimeZoneId)]);
        }
        if (!string.IsNullOrEmpty(CountryCode) && !Countries.IsKnown(CountryCode))
        {
            yield return new ValidationResult($"'{CountryCode}' is not a country we know: choose the country from the list.", [nameof(CountryCode)]);
        }
    }

    public static EventForm From(Event ev) => new()
    {
        Title = ev.Title, Kind = ev.Kind, Series = ev.Series, Edition = ev.Edition, Description = ev.DescriptionMarkdown,
        Venue = ev.Venue, StartsOn = ev.StartsOn, EndsOn = ev.EndsOn, TimeZoneId = ev.TimeZoneId,
        CountryCode = ev.CountryCode,
    };

    public void ApplyTo(Event ev)
    {
        ev.Title = Title.Trim();
        ev.Kind = Kind;
        ev.Series = string.IsNullOrWhiteSpace(Series) ? null : Series.Trim();
        ev.Edition = Edition;
        ev.DescriptionMarkdown = Description ?? string.Empty;
        ev.Venue = string.IsNullOrWhiteSpace(Venue) ? null : Venue.Trim();
        ev.StartsOn = StartsOn!.Value;
        ev.EndsOn = EndsOn!.Value;
        ev.TimeZoneId = TimeZoneId.Trim();
        ev.CountryCode = string.IsNullOrEmpty(CountryCode) ? null : CountryCode;
    }
}
