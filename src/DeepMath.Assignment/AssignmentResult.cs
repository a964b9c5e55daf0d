namespace DeepMath.Assignment;

/// <summary>An optimal assignment: the most reviews possible, then the highest total score.</summary>
public sealed class AssignmentResult
{
    /// <summary>All assignments, the kept existing ones included.</summary>
    public required IReadOnlyList<ReviewAssignment> Assignments { get; init; }

    public int Assigned => Assignments.Count;

    /// <summary>Total score (affinity + bid weight x bid) of all assignments.</summary>
    public required double Objective { get; init; }

    /// <summary>Papers with fewer than k reviews, with the reason.</summary>
    public required IReadOnlyList<PaperShortfall> Shortfalls { get; init; }
}
