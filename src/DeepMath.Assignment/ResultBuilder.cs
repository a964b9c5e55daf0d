namespace DeepMath.Assignment;

/// <summary>Turns a finished <see cref="Plan"/> into the public result: pairs with scores, shortfalls and alternates.</summary>
internal static class ResultBuilder
{
    public static AssignmentResult Build(
        Plan plan, AssignmentInstance instance, CandidatePairs pairs, Rules rules, AssignmentOptions options,
        AssignmentMode mode, int moved, IReadOnlyList<string> notes, AssignmentResult? baseline)
    {
        var assignments = new List<ReviewAssignment>();
        var scores = new List<double>();
        var shortfalls = new List<PaperShortfall>();
        var alternates = new Dictionary<string, IReadOnlyList<string>>();
        var k = instance.ReviewsPerPaper;
        var constrained = options.HasFlowConstraints || options.HasRepairs || instance.Reviewers.Any(r => r.MinLoad > 0);
        for (var p = 0; p < plan.ByPaper.Length; p++)
        {
            var paper = instance.Papers[p].Id;
            foreach (var slot in plan.ByPaper[p])
            {
                assignments.Add(new ReviewAssignment(instance.Reviewers[slot.Reviewer].Id, paper));
                scores.Add(slot.Score);
            }

            if (plan.ByPaper[p].Count < k)
            {
                var eligible = pairs.EligibleReviewers[p];
                var reason = eligible switch
                {
                    0 => "no eligible reviewers",
                    1 when k > 1 => "only 1 eligible reviewer",
                    _ when eligible < k => $"only {eligible} eligible reviewers",
                    _ when constrained =>
                        $"reviewer capacity exhausted: its {eligible} eligible reviewers are all at their maximum load or ruled out by the constraints",
                    _ => $"reviewer capacity exhausted: its {eligible} eligible reviewers are all at their maximum load",
                };
                shortfalls.Add(new PaperShortfall(paper, plan.ByPaper[p].Count, k, reason));
            }

            if (options.AlternatesPerPaper > 0 && Alternates(plan, rules, p, options.AlternatesPerPaper) is { Count: > 0 } list)
            {
                alternates[paper] = [.. list.Select(r => instance.Reviewers[r].Id)];
            }
        }

        return new AssignmentResult
        {
            Assignments = assignments,
            Scores = scores,
            Objective = scores.Sum(),
            Shortfalls = shortfalls,
            Mode = mode,
            Repaired = moved,
            Notes = notes,
            Alternates = alternates,
            MaxSum = baseline,
        };
    }

    /// <summary>The best eligible reviewers not on the paper who could join it beside its reviewers (their load aside).</summary>
    private static List<int> Alternates(Plan plan, Rules rules, int p, int count)
    {
        var candidates = new List<(double Score, int Reviewer)>();
        for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
        {
            var r = rules.Pairs.Reviewers[i];
            if (rules.CanJoin(plan, p, r, -1, checkLoad: false))
            {
                candidates.Add((rules.Pairs.Scores[i], r));
            }
        }

        return [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Reviewer).Take(count).Select(c => c.Reviewer)];
    }
}
