namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>A call's decision settings: the capacity organizers plan for and whether notifications wait for the notification date.</summary>
public sealed class DecisionSettings
{
    public Guid CallId { get; init; }
    public int? TalkCapacity { get; set; }
    public int? PosterCapacity { get; set; }

    /// <summary>When set, the decided submissions are notified as the call's notification date begins.</summary>
    public bool SendOnNotificationDate { get; set; }
    public string? ScheduledBy { get; set; }
    public DateTimeOffset? ScheduledAt { get; set; }

    /// <summary>The notification date the scheduled sending last ran for; a later date makes it due again.</summary>
    public DateOnly? ScheduledSentFor { get; set; }

    /// <summary>An organizer asked to send now; the job clears it when every decision is queued.</summary>
    public DateTimeOffset? SendRequestedAt { get; set; }
    public string? SendRequestedBy { get; set; }
}
