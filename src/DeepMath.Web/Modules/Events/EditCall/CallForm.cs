using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Events.Domain;

namespace DeepMath.Web.Modules.Events.EditCall;

public sealed class CallForm : IValidatableObject
{
    [Required(ErrorMessage = "Give the call a title, for example \"Call for abstracts\".")]
    [StringLength(Call.TitleMaxLength, ErrorMessage = "The title can have at most {1} characters.")]
    public string Title { get; set; } = "Call for abstracts";

    [Required(ErrorMessage = "Enter the date submissions open.")]
    [Display(Name = "Submissions open")]
    public DateOnly? OpensOn { get; set; }

    [Required(ErrorMessage = "Enter the submission deadline.")]
    [Display(Name = "Submission deadline")]
    public DateOnly? ClosesOn { get; set; }

    [Display(Name = "Notification of decisions")]
    public DateOnly? NotificationOn { get; set; }

    [Display(Name = "Deadlines are whole days in")]
    public DeadlineZone DeadlineZone { get; set; }

    [StringLength(4000)]
    [Display(Name = "Topics (one per line)")]
    public string Topics { get; set; } = string.Empty;

    [StringLength(4000)]
    [Display(Name = "Disciplines (one per line)")]
    public string Disciplines { get; set; } = string.Empty;

    [Range(1, 20, ErrorMessage = "Reviews per submission must be between {1} and {2}.")]
    [Display(Name = "Reviews per submission")]
    public int ReviewsPerSubmission { get; set; } = 3;

    public static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OpensOn is { } opens && ClosesOn is { } closes && closes < opens)
        {
            yield return new ValidationResult("The deadline is before the opening date: the deadline must be on or after the day submissions open.", [nameof(ClosesOn)]);
        }
        if (NotificationOn is { } notify && ClosesOn is { } close && notify < close)
        {
            yield return new ValidationResult("Decisions cannot be sent before the deadline: choose a notification date on or after it.", [nameof(NotificationOn)]);
        }
        foreach (var (name, text) in new[] { (nameof(Topics), Topics), (nameof(Disciplines), Disciplines) })
        {
            var lines = Lines(text);
            if (lines.Count > 50 || lines.Any(l => l.Length > 100))
            {
                yield return new ValidationResult($"List at most 50 {name.ToLowerInvariant()}, one per line, each at most 100 characters.", [name]);
            }
        }
    }

    public static CallForm From(Call call) => new()
    {
        Title = call.Title,
        OpensOn = call.OpensOn,
        ClosesOn = call.ClosesOn,
        NotificationOn = call.NotificationOn,
        DeadlineZone = call.DeadlineZone,
        Topics = string.Join('\n', call.Topics),
        Disciplines = string.Join('\n', call.Disciplines),
        ReviewsPerSubmission = call.ReviewsPerSubmission,
    };

    public void ApplyTo(Call call)
    {
        call.Title = Title.Trim();
        call.OpensOn = OpensOn!.Value;
        call.ClosesOn = ClosesOn!.Value;
        call.NotificationOn = NotificationOn;
        call.DeadlineZone = DeadlineZone;
        call.Topics = Lines(Topics);
        call.Disciplines = Lines(Disciplines);
        call.ReviewsPerSubmission = ReviewsPerSubmission;
    }
}
