namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>An organizer's wording of the notification for one outcome of a call; absent means <see cref="DefaultTemplates"/>.</summary>
public sealed class NotificationTemplate
{
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 20_000;

    public Guid CallId { get; init; }
    public required string OutcomeKey { get; init; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
