namespace DeepMath.Assignment;

/// <summary>
/// Who could replace a reviewer who drops out of a paper: with the instance's existing assignments as they stand
/// (the leaving pair already taken out), the best-scored eligible reviewers not on the paper, with room under their
/// maximum load, who fit beside its other reviewers under the chosen constraints (distinct institutions or
/// countries, co-authors apart, no reciprocal pair). Only a cheap check, not a new optimisation: the rest of the
/// assignment stays as it is.
/// </summary>
public static class Replacements
{
    /// <exception cref="AssignmentInputException">The instance is inconsistent or does not name the paper.</exception>
    public static IReadOnlyList<(string Reviewer, double Score)> For(AssignmentInstance instance, AssignmentOptions options, string paperId, int count)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var p = -1;
        for (var i = 0; i < instance.Papers.Count && p < 0; i++)
        {
            p = instance.Papers[i].Id == paperId ? i : -1;
        }

        if (p < 0)
        {
            throw new AssignmentInputException($"There is no paper \"{paperId}\".");
        }

        var pairs = CandidatePairs.Build(instance);
        var model = new FlowModel(instance, pairs, options);
        var lookup = new PairLookup(pairs, instance.Papers.Count);
        var rules = new Rules(instance, options, pairs, model, lookup);
        var plan = new Plan(instance.Papers.Count, instance.Reviewers.Count);
        plan.AddKept(pairs);
        var candidates = new List<(double Score, int Reviewer)>();
        for (var i = lookup.Start(p); i < lookup.End(p); i++)
        {
            var r = pairs.Reviewers[i];
            if (rules.CanJoin(plan, p, r, -1))
            {
                candidates.Add((pairs.Scores[i], r));
            }
        }

        return [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Reviewer).Take(count)
            .Select(c => (instance.Reviewers[c.Reviewer].Id, c.Score))];
    }
}
