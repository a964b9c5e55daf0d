namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>An outcome an organizer adds to a call, such as "accepted as a lightning talk".</summary>
public sealed class CustomOutcome
{
    public const int LabelMaxLength = 80;
    public const int KeyMaxLength = 40;

    public Guid CallId { get; init; }
    public required string Key { get; init; }
    public required string Label { get; set; }
    public bool Accepts { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    public DecisionOutcome ToOutcome() => new(Key, Label, Accepts);
}
