using System.ComponentModel.DataAnnotations;
using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Events.Contracts;
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

    /// <summary>Last day for accepted authors' final title, abstract and authors.</summary>
    public DateOnly? FinalVersionOn { get; set; }

    [Display(Name = "Deadlines are whole days in")]
    public DeadlineZone DeadlineZone { get; set; }

    [StringLength(8000, ErrorMessage = "The topics can have at most {1} characters in all.")]
    [Display(Name = "Topics: areas, each with its sub-topics below it")]
    public string Topics { get; set; } = string.Empty;

    [StringLength(4000)]
    [Display(Name = "Disciplines (one per line)")]
    public string Disciplines { get; set; } = string.Empty;

    /// <summary>Whether reviewers never learn who the authors are (double-blind) or see their names (single-blind).</summary>
    [Display(Name = "Review")]
    public bool DoubleBlind { get; set; } = true;

    [Range(1, 20, ErrorMessage = "Reviews per submission must be between {1} and {2}.")]
    [Display(Name = "Reviews per submission")]
    public int ReviewsPerSubmission { get; set; } = 3;

    // The format rules. Numbers are nullable so that an emptied field gets a message of its own;
    // a field that is not posted at all keeps the DeepMath default.
    private const double Mebibyte = 1024 * 1024;

    [Required(ErrorMessage = "Enter the largest PDF file authors may upload, in MiB.")]
    [Range(1.0, CallRules.MaxFileMiB, ErrorMessage = "The largest PDF file must be between {1} and {2} MiB.")]
    [Display(Name = "Largest PDF file (MiB)")]
    public double? MaxFileMiB { get; set; } = FormatRules.Default.MaxFileBytes / Mebibyte;

    [Required(ErrorMessage = "Enter the most pages an abstract may have.")]
    [Range(1, CallRules.MaxPages, ErrorMessage = "The most pages must be a whole number between {1} and {2}.")]
    [Display(Name = "Most pages")]
    public int? MaxPages { get; set; } = FormatRules.Default.MaxPages;

    [Display(Name = "Pages after the first hold references only")]
    public bool ReferencesOnlyAfterFirstPage { get; set; } = FormatRules.Default.ReferencesOnlyFromPage is not null;

    [Required(ErrorMessage = "Enter the paper width in points (US Letter is 612, A4 is 595).")]
    [Range(CallRules.MinPaperPoints, (double)CallRules.MaxPaperPoints, ErrorMessage = "The paper width must be between {1} and {2} pt.")]
    [Display(Name = "Paper width (pt)")]
    public double? PageWidth { get; set; } = FormatRules.Default.PageWidth;

    [Required(ErrorMessage = "Enter the paper height in points (US Letter is 792, A4 is 842).")]
    [Range(CallRules.MinPaperPoints, (double)CallRules.MaxPaperPoints, ErrorMessage = "The paper height must be between {1} and {2} pt.")]
    [Display(Name = "Paper height (pt)")]
    public double? PageHeight { get; set; } = FormatRules.Default.PageHeight;

    [Required(ErrorMessage = "Enter how far the paper size may be off, in points (0 for exactly).")]
    [Range(0.0, CallRules.MaxPaperTolerance, ErrorMessage = "The paper size tolerance must be between {1} and {2} pt.")]
    [Display(Name = "Paper size tolerance (pt)")]
    public double? PageSizeTolerance { get; set; } = FormatRules.Default.PageSizeTolerance;

    [Required(ErrorMessage = "Enter the left margin in points (72 pt is 1 in).")]
    [Range(0.0, CallRules.MaxMargin, ErrorMessage = "The left margin must be between {1} and {2} pt.")]
    [Display(Name = "Left margin (pt)")]
    public double? MarginLeft { get; set; } = FormatRules.Default.MarginLeft;

    [Required(ErrorMessage = "Enter the right margin in points (72 pt is 1 in).")]
    [Range(0.0, CallRules.MaxMargin, ErrorMessage = "The right margin must be between {1} and {2} pt.")]
    [Display(Name = "Right margin (pt)")]
    public double? MarginRight { get; set; } = FormatRules.Default.MarginRight;

    [Required(ErrorMessage = "Enter the top margin in points (72 pt is 1 in).")]
    [Range(0.0, CallRules.MaxMargin, ErrorMessage = "The top margin must be between {1} and {2} pt.")]
    [Display(Name = "Top margin (pt)")]
    public double? MarginTop { get; set; } = FormatRules.Default.MarginTop;

    [Required(ErrorMessage = "Enter the bottom margin in points (72 pt is 1 in).")]
    [Range(0.0, CallRules.MaxMargin, ErrorMessage = "The bottom margin must be between {1} and {2} pt.")]
    [Display(Name = "Bottom margin (pt)")]
    public double? MarginBottom { get; set; } = FormatRules.Default.MarginBottom;

    [Required(ErrorMessage = "Enter how far text may reach into the margins, in points (0 for not at all).")]
    [Range(0.0, CallRules.MaxMarginTolerance, ErrorMessage = "The margin tolerance must be between {1} and {2} pt.")]
    [Display(Name = "Margin tolerance (pt)")]
    public double? MarginTolerance { get; set; } = FormatRules.Default.MarginTolerance;

    [Required(ErrorMessage = "Enter the smallest body font size, in points.")]
    [Range(CallRules.MinFontSize, (double)CallRules.MaxFontSize, ErrorMessage = "The smallest body font size must be between {1} and {2} pt.")]
    [Display(Name = "Smallest body font size (pt)")]
    public double? MinBodyFontSize { get; set; } = FormatRules.Default.MinBodyFontSize;

    [Required(ErrorMessage = "Enter how far below the smallest size the body font may be, in points (0 for not at all).")]
    [Range(0.0, CallRules.MaxFontTolerance, ErrorMessage = "The font size tolerance must be between {1} and {2} pt.")]
    [Display(Name = "Font size tolerance (pt)")]
    public double? FontSizeTolerance { get; set; } = FormatRules.Default.FontSizeTolerance;

    [StringLength(CallRules.TemplateKeyMaxLength, ErrorMessage = "The template marker can have at most {1} characters.")]
    [RegularExpression(@"^\s*/?[A-Za-z0-9_.\-]*\s*$",
        ErrorMessage = "The template marker is a PDF key such as DeepMathTemplate: letters, digits, '.', '-' and '_' only, no spaces.")]
    [Display(Name = "Template marker")]
    public string? TemplateKey { get; set; } = FormatRules.Default.TemplateKey;

    /// <summary>The DeepMath template, the call's own uploaded file, or none (then no marker is checked).</summary>
    [Display(Name = "Template")]
    public TemplateChoice Template { get; set; } = TemplateChoice.DeepMath;

    [Display(Name = "Check anonymity")]
    public bool CheckAnonymity { get; set; } = FormatRules.Default.CheckAnonymity;

    [Display(Name = "Warn on acknowledgments")]
    public bool WarnOnAcknowledgments { get; set; } = FormatRules.Default.WarnOnAcknowledgments;

    /// <summary>A preset button (<see cref="CallPresets"/>) that was pressed instead of saving.</summary>
    public string? Preset { get; set; }

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
        if (FinalVersionOn is { } final && (NotificationOn ?? ClosesOn) is { } after && final < after)
        {
            yield return new ValidationResult("The final version comes after the decisions: choose a final-version date on or after the notification date (or the deadline).", [nameof(FinalVersionOn)]);
        }
        foreach (var error in TopicOutline.Parse(Topics).Errors)
        {
            yield return new ValidationResult($"Topics: {error}", [nameof(Topics)]);
        }
        var disciplines = Lines(Disciplines);
        if (disciplines.Count > 50 || disciplines.Any(l => l.Length > 100))
        {
            yield return new ValidationResult("List at most 50 disciplines, one per line, each at most 100 characters.", [nameof(Disciplines)]);
        }
        if (MarginLeft + MarginRight is { } across && PageWidth is { } width && across >= width)
        {
            yield return new ValidationResult(
                $"The left and right margins ({across:0.##} pt together) leave no room for text on paper {width:0.##} pt wide: make them smaller.",
                [nameof(MarginLeft), nameof(MarginRight)]);
        }
        if (MarginTop + MarginBottom is { } down && PageHeight is { } height && down >= height)
        {
            yield return new ValidationResult(
                $"The top and bottom margins ({down:0.##} pt together) leave no room for text on paper {height:0.##} pt high: make them smaller.",
                [nameof(MarginTop), nameof(MarginBottom)]);
        }
    }

    /// <summary>The format rules the form describes; call only when it is valid.</summary>
    public FormatRules Rules() => FormatRules.Default with
    {
        MaxFileBytes = (long)Math.Round(MaxFileMiB!.Value * Mebibyte),
        MaxPages = MaxPages!.Value,
        ReferencesOnlyFromPage = ReferencesOnlyAfterFirstPage ? 2 : null,
        PageWidth = PageWidth!.Value,
        PageHeight = PageHeight!.Value,
        PageSizeTolerance = PageSizeTolerance!.Value,
        MarginLeft = MarginLeft!.Value,
        MarginRight = MarginRight!.Value,
        MarginTop = MarginTop!.Value,
        MarginBottom = MarginBottom!.Value,
        MarginTolerance = MarginTolerance!.Value,
        MinBodyFontSize = MinBodyFontSize!.Value,
        FontSizeTolerance = FontSizeTolerance!.Value,
        TemplateKey = Template != TemplateChoice.None && TemplateKey?.Trim().TrimStart('/') is { Length: > 0 } key ? key : null,
        CheckAnonymity = CheckAnonymity,
        WarnOnAcknowledgments = WarnOnAcknowledgments,
    };

    public static CallForm From(Call call)
    {
        var rules = call.EffectiveRules();
        return new()
        {
            Title = call.Title,
            OpensOn = call.OpensOn,
            ClosesOn = call.ClosesOn,
            NotificationOn = call.NotificationOn,
            FinalVersionOn = call.FinalVersionOn,
            DeadlineZone = call.DeadlineZone,
            Topics = TopicOutline.Format(call.Topics),
            Disciplines = string.Join('\n', call.Disciplines),
            ReviewsPerSubmission = call.ReviewsPerSubmission,
            DoubleBlind = call.DoubleBlind,
            MaxFileMiB = rules.MaxFileBytes / Mebibyte,
            MaxPages = rules.MaxPages,
            ReferencesOnlyAfterFirstPage = rules.ReferencesOnlyFromPage is not null,
            PageWidth = rules.PageWidth,
            PageHeight = rules.PageHeight,
            PageSizeTolerance = rules.PageSizeTolerance,
            MarginLeft = rules.MarginLeft,
            MarginRight = rules.MarginRight,
            MarginTop = rules.MarginTop,
            MarginBottom = rules.MarginBottom,
            MarginTolerance = rules.MarginTolerance,
            MinBodyFontSize = rules.MinBodyFontSize,
            FontSizeTolerance = rules.FontSizeTolerance,
            TemplateKey = rules.TemplateKey,
            Template = call.Template,
            CheckAnonymity = rules.CheckAnonymity,
            WarnOnAcknowledgments = rules.WarnOnAcknowledgments,
        };
    }

    public void ApplyTo(Call call)
    {
        call.Title = Title.Trim();
        call.OpensOn = OpensOn!.Value;
        call.ClosesOn = ClosesOn!.Value;
        call.NotificationOn = NotificationOn;
        call.FinalVersionOn = FinalVersionOn;
        call.DeadlineZone = DeadlineZone;
        call.Topics = TopicOutline.Parse(Topics).Topics;
        call.Disciplines = Lines(Disciplines);
        call.ReviewsPerSubmission = ReviewsPerSubmission;
        call.DoubleBlind = DoubleBlind;
        call.Template = Template;
        call.FormatRules = Rules();
    }
}
