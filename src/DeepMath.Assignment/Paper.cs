namespace DeepMath.Assignment;

/// <summary>A submission to be reviewed; <paramref name="Topics"/> feed the topic affinity.</summary>
public sealed record Paper(string Id, IReadOnlyList<string> Topics);
