using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.SharedKernel;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace DeepMath.Web.Modules.Events.EventFields;

/// <summary>
/// The fields of an event, shared by "create an event" (site admins), "edit event" (organizers) and "add a talk"
/// (series organizers). Which fields count depends on the kind: a colloquium talk is one talk on one day with a
/// speaker and times; a workshop may belong to a conference; a conference has registration dates.
/// </summary>
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

    /// <summary>Required but for a colloquium talk, whose form has one date: its last day is its first.</summary>
    [Display(Name = "Last day")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Starts at")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Ends at")]
    public TimeOnly? EndTime { get; set; }

    [Required(ErrorMessage = "Choose the event's time zone, for example Europe/Berlin.")]
    [StringLength(64)]
    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>ISO 3166-1 alpha-2; it chooses the paper (Letter or A4) of the tickets and letters. Registration dates are not here:
    /// they are set once, on the registration settings page, so that two forms cannot disagree about them.</summary>
    [Display(Name = "Country")]
    public string? CountryCode { get; set; }

    /// <summary>The conference a workshop belongs to.</summary>
    public Guid? ParentEventId { get; set; }

    /// <summary>The series a colloquium talk belongs to.</summary>
    public Guid? SeriesId { get; set; }

    public Guid? SpeakerId { get; set; }

    [StringLength(Speaker.NameMaxLength, ErrorMessage = "The speaker's name can have at most {1} characters.")]
    public string? NewSpeakerName { get; set; }

    [StringLength(Speaker.AffiliationMaxLength, ErrorMessage = "The affiliation can have at most {1} characters.")]
    public string? NewSpeakerAffiliation { get; set; }

    [StringLength(200, ErrorMessage = "The room can have at most {1} characters.")]
    public string? Room { get; set; }

    [StringLength(Domain.Series.HostMaxLength, ErrorMessage = "The host institution can have at most {1} characters.")]
    public string? HostInstitution { get; set; }

    /// <summary>The lists the form offers (conferences, series, speakers), filled by the controller, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public EventFormChoices Choices { get; set; } = EventFormChoices.Empty;

    public bool IsTalk => Kind == EventKind.Colloquium;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsOn is { } start && EndsOn is { } end && end < start)
        {
            yield return new ValidationResult("The last day is before the first day: correct one of them.", [nameof(EndsOn)]);
        }
        if (!IanaZones.IsListed(TimeZoneId))
        {
            yield return new ValidationResult(IanaZones.Unknown(TimeZoneId), [nameof(TimeZoneId)]);
        }
        if (StartTime.HasValue != EndTime.HasValue)
        {
            yield return new ValidationResult("Give both the start and the end time, or neither (then the event lasts whole days).", [nameof(EndTime)]);
        }
        if (StartTime is { } from && EndTime is { } to && StartsOn is { } first && (EndsOn ?? first) == first && to <= from)
        {
            yield return new ValidationResult($"The end time {to:HH\\:mm} is not after the start time {from:HH\\:mm}: correct one of them.", [nameof(EndTime)]);
        }
        if (EndsOn is null && Kind != EventKind.Colloquium)
        {
            yield return new ValidationResult("Enter the last day of the event.", [nameof(EndsOn)]);
        }
        if (Kind == EventKind.Colloquium)
        {
            foreach (var result in ValidateTalk())
            {
                yield return result;
            }
        }
        if (!string.IsNullOrEmpty(CountryCode) && !Countries.IsKnown(CountryCode))
        {
            yield return new ValidationResult($"'{CountryCode}' is not a country we know: choose the country from the list.", [nameof(CountryCode)]);
        }
    }

    private IEnumerable<ValidationResult> ValidateTalk()
    {
        if (StartsOn is { } day && EndsOn is { } last && day != last)
        {
            yield return new ValidationResult("A colloquium talk is on one day: give the same first and last day.", [nameof(EndsOn)]);
        }
        if (StartTime is null || EndTime is null)
        {
            yield return new ValidationResult("Give the talk's start and end time, for example 10:30 and 11:30.", [nameof(StartTime)]);
        }
        if (SpeakerId is null && string.IsNullOrWhiteSpace(NewSpeakerName))
        {
            yield return new ValidationResult("Choose the speaker from the list, or type the name of a new speaker.", [nameof(SpeakerId)]);
        }
    }

    public static EventForm From(Event ev) => new()
    {
        Title = ev.Title, Kind = ev.Kind, Series = ev.Series, Edition = ev.Edition, Description = ev.DescriptionMarkdown,
        Venue = ev.Venue, StartsOn = ev.StartsOn, EndsOn = ev.EndsOn, StartTime = ev.StartTime, EndTime = ev.EndTime, TimeZoneId = ev.TimeZoneId,
        CountryCode = ev.CountryCode,
        ParentEventId = ev.ParentEventId, SeriesId = ev.SeriesId, SpeakerId = ev.SpeakerId, Room = ev.Room, HostInstitution = ev.HostInstitution,
    };

    /// <summary>Copies the fields; the speaker, parent and series ids must have been checked (EventFormReferences) first.</summary>
    public void ApplyTo(Event ev)
    {
        ev.Title = Title.Trim();
        ev.Kind = Kind;
        ev.Series = string.IsNullOrWhiteSpace(Series) ? null : Series.Trim();
        ev.Edition = Edition;
        ev.DescriptionMarkdown = Description ?? string.Empty;
        ev.Venue = Trimmed(Venue);
        ev.StartsOn = StartsOn!.Value;
        ev.EndsOn = Kind == EventKind.Colloquium ? StartsOn!.Value : EndsOn!.Value;
        ev.StartTime = StartTime;
        ev.EndTime = EndTime;
        ev.TimeZoneId = TimeZoneId.Trim();
        ev.CountryCode = string.IsNullOrEmpty(CountryCode) ? null : CountryCode;
        ev.Room = Trimmed(Room);
        ev.ParentEventId = Kind == EventKind.Workshop ? ParentEventId : null;
        var talk = Kind == EventKind.Colloquium;
        ev.SeriesId = talk ? SeriesId : null;
        ev.SpeakerId = talk ? SpeakerId : null;
        ev.HostInstitution = talk ? Trimmed(HostInstitution) : null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
