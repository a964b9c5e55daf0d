using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Registration.Settings;

public sealed class SettingsForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter the day registration opens.")]
    [Display(Name = "Registration opens")]
    public DateOnly? OpensOn { get; set; }

    [Required(ErrorMessage = "Enter the registration deadline.")]
    [Display(Name = "Registration deadline")]
    public DateOnly? ClosesOn { get; set; }

    [Range(0, 100_000, ErrorMessage = "The capacity is a number of seats from {1} to {2}.")]
    public int Capacity { get; set; } = Domain.RegistrationSettings.DefaultCapacity;

    [Required(ErrorMessage = "Enter the currency's three-letter code, for example USD or EUR.")]
    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "The currency is a three-letter ISO code, for example USD or EUR.")]
    public string Currency { get; set; } = "USD";

    [StringLength(2000, ErrorMessage = "The note can have at most {1} characters.")]
    [Display(Name = "Note for invitation letters")]
    public string? LetterNote { get; set; }

    [StringLength(200, ErrorMessage = "The signatory can have at most {1} characters.")]
    [Display(Name = "Letters signed by")]
    public string? LetterSignatory { get; set; }

    [StringLength(2000, ErrorMessage = "The payment instructions can have at most {1} characters.")]
    [Display(Name = "How to pay")]
    public string? PaymentInstructions { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OpensOn is { } opens && ClosesOn is { } closes && closes < opens)
        {
            yield return new ValidationResult("Registration closes before it opens: correct one of the dates.", [nameof(ClosesOn)]);
        }
    }
}

public sealed class TicketTypeForm
{
    [Required(ErrorMessage = "Give the ticket type a name, for example Student.")]
    [StringLength(Domain.TicketType.NameMaxLength, ErrorMessage = "The name can have at most {1} characters.")]
    public string Name { get; set; } = string.Empty;

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "The fee is an amount from {1} to {2} (0 for free).")]
    public decimal Fee { get; set; }

    [Range(1, 100_000, ErrorMessage = "The cap is a number of seats from {1} to {2}; leave it empty for no cap of its own.")]
    public int? Cap { get; set; }

    public bool IsOffered { get; set; }
}
