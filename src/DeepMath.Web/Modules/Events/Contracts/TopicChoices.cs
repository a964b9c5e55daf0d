namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>
/// Check boxes for a call's topics grouped by area (Views/Shared/_TopicChoices): authors choose their
/// submission's topics with it and reviewers their expertise. Each box posts the topic's path as "Topics".
/// </summary>
public sealed record TopicChoices(IReadOnlyList<string> Topics, IReadOnlyCollection<string> Chosen, string Legend, string? Help = null);
