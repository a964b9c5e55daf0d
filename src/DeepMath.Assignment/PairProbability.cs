namespace DeepMath.Assignment;

/// <summary>The probability that the random mode assigns <paramref name="Reviewer"/> to <paramref name="Paper"/>.</summary>
public readonly record struct PairProbability(string Reviewer, string Paper, double Probability);
