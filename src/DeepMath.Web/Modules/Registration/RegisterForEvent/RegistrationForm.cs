using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.Web.Modules.Registration.RegisterForEvent;

/// <summary>The attendee's registration form; organizers edit the same fields.</summary>
public sealed class RegistrationForm
{
    [Required(ErrorMessage = "Choose a ticket type.")]
    [Display(Name = "Ticket type")]
    public Guid? TicketTypeId { get; set; }

    [Required(ErrorMessage = "Enter your name as it should appear on your badge.")]
    [StringLength(EventRegistration.NameMaxLength, ErrorMessage = "The badge name can have at most {1} characters.")]
    [Display(Name = "Name on the badge")]
    public string BadgeName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your affiliation (university, company), or \"independent\".")]
    [StringLength(EventRegistration.AffiliationMaxLength, ErrorMessage = "The affiliation can have at most {1} characters.")]
    public string Affiliation { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the country of your affiliation.")]
    [StringLength(EventRegistration.CountryMaxLength, ErrorMessage = "The country can have at most {1} characters.")]
    public string Country { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose your career stage.")]
    [Display(Name = "Career stage")]
    public CareerStage? CareerStage { get; set; }

    [StringLength(EventRegistration.NeedsMaxLength, ErrorMessage = "Dietary needs can have at most {1} characters.")]
    [Display(Name = "Dietary needs")]
    public string? Dietary { get; set; }

    [StringLength(EventRegistration.NeedsMaxLength, ErrorMessage = "Accessibility needs can have at most {1} characters.")]
    [Display(Name = "Accessibility needs")]
    public string? Accessibility { get; set; }

    [Display(Name = "Show my name and affiliation on the attendee list")]
    public bool ListConsent { get; set; }

    [StringLength(40, ErrorMessage = "A code has at most {1} characters.")]
    [Display(Name = "Invitation code (if you have one)")]
    public string? Code { get; set; }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public void ApplyTo(EventRegistration registration)
    {
        registration.BadgeName = BadgeName.Trim();
        registration.Affiliation = Affiliation.Trim();
        registration.Country = Country.Trim();
        registration.CareerStage = CareerStage ?? Domain.CareerStage.Other;
        registration.Dietary = Clean(Dietary);
        registration.Accessibility = Clean(Accessibility);
        registration.ListConsent = ListConsent;
    }

    public static RegistrationForm From(EventRegistration r) => new()
    {
        TicketTypeId = r.TicketTypeId, BadgeName = r.BadgeName, Affiliation = r.Affiliation, Country = r.Country,
        CareerStage = r.CareerStage, Dietary = r.Dietary, Accessibility = r.Accessibility, ListConsent = r.ListConsent,
    };
}
