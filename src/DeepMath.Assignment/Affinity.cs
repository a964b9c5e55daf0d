namespace DeepMath.Assignment;

/// <summary>A precomputed affinity score (for example from a text-similarity model) of a candidate pair.</summary>
public readonly record struct Affinity(string Reviewer, string Paper, double Score);
