namespace DeepMath.Assignment;

/// <summary>Paper and reviewer ids mapped to dense indices, with the instance checked for consistency.</summary>
internal sealed class InstanceIndex
{
    private readonly Dictionary<string, int> _papers;
    private readonly Dictionary<string, int> _reviewers;

    public InstanceIndex(AssignmentInstance instance)
    {
        if (instance.ReviewsPerPaper < 0)
        {
            throw new AssignmentInputException($"reviewsPerPaper must be 0 or more, not {instance.ReviewsPerPaper}.");
        }

        if (!double.IsFinite(instance.BidWeight))
        {
            throw new AssignmentInputException("bidWeight must be a finite number.");
        }

        _papers = new Dictionary<string, int>(instance.Papers.Count, StringComparer.Ordinal);
        for (var p = 0; p < instance.Papers.Count; p++)
        {
            if (!_papers.TryAdd(instance.Papers[p].Id, p))
            {
                throw new AssignmentInputException($"Paper id \"{instance.Papers[p].Id}\" appears twice.");
            }
        }

        _reviewers = new Dictionary<string, int>(instance.Reviewers.Count, StringComparer.Ordinal);
        for (var r = 0; r < instance.Reviewers.Count; r++)
        {
            var reviewer = instance.Reviewers[r];
            if (!_reviewers.TryAdd(reviewer.Id, r))
            {
                throw new AssignmentInputException($"Reviewer id \"{reviewer.Id}\" appears twice.");
            }

            if (reviewer.MaxLoad < 0)
            {
                throw new AssignmentInputException($"Reviewer \"{reviewer.Id}\" has a negative maxLoad ({reviewer.MaxLoad}).");
            }
        }
    }

    public int Paper(string id, string where) =>
        _papers.TryGetValue(id, out var p) ? p : throw new AssignmentInputException($"{where} names unknown paper \"{id}\".");

    public int Reviewer(string id, string where) =>
        _reviewers.TryGetValue(id, out var r) ? r : throw new AssignmentInputException($"{where} names unknown reviewer \"{id}\".");
}
