namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>One line of an event's "Important dates": what, when (in the zone it is kept in), and its state now.</summary>
public sealed record ImportantDate(string Label, DateOnly Date, string ZoneName, string State, bool IsPast);
