using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>The constraints of issue 17 written out plainly on a list of pairs, sharing no code with the solver.</summary>
internal static class ReferenceConstraints
{
    public static List<string> Violations(AssignmentInstance instance, AssignmentOptions options, IReadOnlyList<ReviewAssignment> assignments)
    {
        var problems = new List<string>();
        var reviewers = instance.Reviewers.ToDictionary(r => r.Id);
        foreach (var reviewer in instance.Reviewers)
        {
            var load = assignments.Count(a => a.Reviewer == reviewer.Id);
            if (load > reviewer.MaxLoad || load < reviewer.MinLoad)
            {
                problems.Add($"load of {reviewer.Id} is {load}");
            }
        }

        foreach (var paper in instance.Papers)
        {
            var on = assignments.Where(a => a.Paper == paper.Id).Select(a => reviewers[a.Reviewer]).ToList();
            if (on.Count > instance.ReviewsPerPaper)
            {
                problems.Add($"{paper.Id} has {on.Count} reviewers");
            }

            if (options.RequireSenior && on.Count > 0 && !on.Any(r => r.Senior))
            {
                problems.Add($"{paper.Id} has no senior");
            }

            if (options.DistinctInstitutions && Clash(on, r => r.Institution))
            {
                problems.Add($"{paper.Id} repeats an institution");
            }

            if (options.DistinctCountries && Clash(on, r => r.Country))
            {
                problems.Add($"{paper.Id} repeats a country");
            }

            if (options.SeparateCoauthors && on.Any(a => on.Any(b => a != b && (a.Coauthors.Contains(b.Id) || b.Coauthors.Contains(a.Id)))))
            {
                problems.Add($"{paper.Id} has co-authors");
            }
        }

        if (options.NoReciprocalReviews)
        {
            var authored = instance.Papers.ToDictionary(p => p.Id, p => p.AuthorReviewers);
            foreach (var a in assignments)
            {
                foreach (var b in assignments)
                {
                    if (a.Reviewer != b.Reviewer && authored[a.Paper].Contains(b.Reviewer) && authored[b.Paper].Contains(a.Reviewer))
                    {
                        problems.Add($"{a.Reviewer} and {b.Reviewer} review each other's papers");
                    }
                }
            }
        }

        return problems;
    }

    private static bool Clash(List<Reviewer> on, Func<Reviewer, string?> key)
    {
        var known = on.Select(key).Where(k => k is not null).ToList();
        return known.Count != known.Distinct().Count();
    }
}
