namespace DeepMath.Assignment;

/// <summary>A conflict of interest: the reviewer must never review the paper.</summary>
public readonly record struct Conflict(string Reviewer, string Paper);
