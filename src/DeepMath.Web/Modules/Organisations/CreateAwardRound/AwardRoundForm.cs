using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.CreateAwardRound;

/// <summary>One round of an award: its name and year, when applications are taken, when the winner is decided.</summary>
public sealed class AwardRoundForm
{
    [Required(ErrorMessage = "Name the award, for example Best Thesis Award.")]
    [StringLength(AwardCall.AwardNameMaxLength - 10, ErrorMessage = "The award's name can have at most {1} characters.")]
    public string AwardName { get; set; } = "Best Thesis Award";

    [Range(2000, 2100, ErrorMessage = "Give the round's year, such as 2025.")]
    public int Year { get; set; }

    [Required(ErrorMessage = "Give the first day applications are taken.")]
    public DateOnly? OpensOn { get; set; }

    [Required(ErrorMessage = "Give the last day applications are taken.")]
    public DateOnly? ClosesOn { get; set; }

    [Required(ErrorMessage = "Give the day the winner is decided.")]
    public DateOnly? DecidedOn { get; set; }

    [Required(ErrorMessage = "Give the time zone of the deadline, such as Europe/Berlin.")]
    public string TimeZoneId { get; set; } = "Europe/Berlin";

    [StringLength(4000, ErrorMessage = "The description can have at most {1} characters.")]
    public string? Description { get; set; }

    /// <summary>The fields a thesis may come from, one per line; an applicant chooses one.</summary>
    [StringLength(2000)]
    public string Disciplines { get; set; } = "Mathematics\nComputer science\nStatistics";
}
