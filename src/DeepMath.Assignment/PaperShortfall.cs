namespace DeepMath.Assignment;

/// <summary>A paper that received fewer than the wanted number of reviews, and why.</summary>
public sealed record PaperShortfall(string Paper, int Assigned, int Wanted, string Reason);
