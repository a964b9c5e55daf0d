namespace DeepMath.Assignment;

/// <summary>One review to write: <paramref name="Reviewer"/> reviews <paramref name="Paper"/>.</summary>
public readonly record struct ReviewAssignment(string Reviewer, string Paper);
