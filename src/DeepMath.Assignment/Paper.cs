namespace DeepMath.Assignment;

/// <summary>A submission to be reviewed; <paramref name="Topics"/> feed the topic affinity.</summary>
public sealed record Paper(string Id, IReadOnlyList<string> Topics)
{
    /// <summary>Reviewers who are authors of this paper, for the "no reciprocal pairs" constraint.</summary>
    public IReadOnlyList<string> AuthorReviewers { get; init; } = [];

    /// <summary>Title and abstract for the text affinity; never the authors.</summary>
    public string? Text { get; init; }
}
