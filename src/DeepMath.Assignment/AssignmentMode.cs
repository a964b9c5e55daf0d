namespace DeepMath.Assignment;

/// <summary>What the assignment optimises once the most reviews possible are assigned.</summary>
public enum AssignmentMode
{
    /// <summary>The highest total score (exact).</summary>
    MaxSum,

    /// <summary>The best lowest pair score, then the highest total among assignments reaching it (exact).</summary>
    Bottleneck,

    /// <summary>The best lowest paper total, then the total; a heuristic with a proved upper bound and its gap.</summary>
    Fair,

    /// <summary>A random assignment whose pair probabilities are the optimal fractional ones capped at Q.</summary>
    Random,
}
