namespace DeepMath.Assignment;

/// <summary>A reviewer's bid on a paper: eager 2, willing 1, neutral 0, reluctant -1, not willing -2.</summary>
public readonly record struct Bid(string Reviewer, string Paper, int Value)
{
    /// <summary>The bid that excludes the pair from assignment.</summary>
    public const int NotWilling = -2;
}
