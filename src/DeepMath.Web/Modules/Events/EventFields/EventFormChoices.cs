namespace DeepMath.Web.Modules.Events.EventFields;

public sealed record Choice(Guid Id, string Label);

/// <summary>What the event form offers to pick from: conferences (for a workshop), series and speakers (for a talk).</summary>
public sealed record EventFormChoices(IReadOnlyList<Choice> Conferences, IReadOnlyList<Choice> Series, IReadOnlyList<Choice> Speakers)
{
    public static readonly EventFormChoices Empty = new([], [], []);
}
