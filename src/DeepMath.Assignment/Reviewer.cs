namespace DeepMath.Assignment;

/// <summary>A committee member who reviews at most <paramref name="MaxLoad"/> submissions.</summary>
public sealed record Reviewer(string Id, IReadOnlyList<string> Topics, int MaxLoad);
