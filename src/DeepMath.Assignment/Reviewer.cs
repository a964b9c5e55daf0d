namespace DeepMath.Assignment;

/// <summary>A committee member who reviews at most <paramref name="MaxLoad"/> submissions.</summary>
public sealed record Reviewer(string Id, IReadOnlyList<string> Topics, int MaxLoad)
{
    /// <summary>Counts for the "at least one senior reviewer per paper" constraint.</summary>
    public bool Senior { get; init; }

    /// <summary>For the "distinct institutions per paper" constraint; null means unknown and never clashes.</summary>
    public string? Institution { get; init; }

    /// <summary>For the "distinct countries per paper" constraint; null means unknown and never clashes.</summary>
    public string? Country { get; init; }

    /// <summary>The fewest reviews this reviewer should get (kept ones included); met exactly or reported as infeasible.</summary>
    public int MinLoad { get; init; }

    /// <summary>Ids of reviewers this reviewer has written with, who should not review the same paper.</summary>
    public IReadOnlyList<string> Coauthors { get; init; } = [];

    /// <summary>Expertise statement and publications (titles, abstracts, BibTeX) for the text affinity.</summary>
    public string? Expertise { get; init; }
}
