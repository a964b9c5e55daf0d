using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>A call for abstracts. Its dates are whole days in the event's zone, or Anywhere on Earth.</summary>
public sealed class Call
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public required string Title { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public DateOnly? NotificationOn { get; set; }

    /// <summary>
    /// The last day (a whole day, like the deadline) on which accepted authors may update title, text abstract and
    /// authors for the program and the book of abstracts; none, no final version.
    /// </summary>
    public DateOnly? FinalVersionOn { get; set; }
    public DeadlineZone DeadlineZone { get; set; }
    public List<string> Topics { get; set; } = [];
    public List<string> Disciplines { get; set; } = [];
    public bool DoubleBlind { get; set; } = true;
    public int ReviewsPerSubmission { get; set; } = 3;

    /// <summary>The format rules the organizers set for this call; null means the DeepMath defaults.</summary>
    public FormatRules? FormatRules { get; set; }

    /// <summary>The template authors are asked to use; with none, no template marker is checked whatever the rules say.</summary>
    public TemplateChoice Template { get; set; } = TemplateChoice.DeepMath;

    /// <summary>
    /// The rules uploads to this call are checked against; the blind mode decides how an affiliation in the text counts,
    /// and a call without a template checks no template marker.
    /// </summary>
    public FormatRules EffectiveRules()
    {
        var rules = CallRules.Effective(FormatRules) with { AffiliationIsError = DoubleBlind };
        return Template == TemplateChoice.None ? rules with { TemplateKey = null } : rules;
    }

    /// <summary>The first instant after the final-version day, in the call's deadline zone; null when there is no final version.</summary>
    public DateTimeOffset? FinalVersionClosesAt(TimeZoneInfo eventZone) =>
        FinalVersionOn is { } day ? WholeDays.EndOf(day, DeadlineZone == DeadlineZone.AnywhereOnEarth ? TimeZones.AnywhereOnEarth : eventZone) : null;

    public CallWindow Window(TimeZoneInfo eventZone) =>
        CallWindow.For(OpensOn, ClosesOn, DeadlineZone == DeadlineZone.AnywhereOnEarth ? TimeZones.AnywhereOnEarth : eventZone);
}
