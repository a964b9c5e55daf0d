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
    public DeadlineZone DeadlineZone { get; set; }
    public List<string> Topics { get; set; } = [];
    public List<string> Disciplines { get; set; } = [];
    public bool DoubleBlind { get; set; } = true;
    public int ReviewsPerSubmission { get; set; } = 3;

    /// <summary>The format rules the organizers set for this call; null means the DeepMath defaults.</summary>
    public FormatRules? FormatRules { get; set; }

    /// <summary>The rules uploads to this call are checked against; the blind mode decides how an affiliation in the text counts.</summary>
    public FormatRules EffectiveRules() => CallRules.Effective(FormatRules) with { AffiliationIsError = DoubleBlind };

    public CallWindow Window(TimeZoneInfo eventZone) =>
        CallWindow.For(OpensOn, ClosesOn, DeadlineZone == DeadlineZone.AnywhereOnEarth ? TimeZones.AnywhereOnEarth : eventZone);
}
