using DeepMath.Assignment;

namespace DeepMath.Bench.Assign;

/// <summary>
/// Seniority, institutions, countries, co-authors and authoring reviewers for the constraint runs, drawn from
/// a separate random stream so that the scores and bids of an instance stay those of earlier benchmarks.
/// </summary>
internal static class ReviewerAttributes
{
    public static AssignmentInstance Add(AssignmentInstance instance, int seed)
    {
        var random = new Random(seed + 1);
        var reviewers = instance.Reviewers;
        var institutions = Math.Max(4, reviewers.Count / 6);
        var institutionOf = reviewers.Select(_ => random.Next(institutions)).ToArray();
        var countryOfInstitution = Enumerable.Range(0, institutions).Select(_ => random.Next(40)).ToArray();
        var byInstitution = Enumerable.Range(0, institutions).Select(_ => new List<int>()).ToArray();
        for (var r = 0; r < reviewers.Count; r++)
        {
            byInstitution[institutionOf[r]].Add(r);
        }

        // Co-authors: each reviewer has written with one or two colleagues somewhere in the committee.
        var coauthors = reviewers.Select(_ => new List<string>()).ToArray();
        for (var r = 0; r < reviewers.Count; r++)
        {
            for (var c = random.Next(0, 3); c > 0; c--)
            {
                var other = random.Next(reviewers.Count);
                if (other != r)
                {
                    coauthors[r].Add(reviewers[other].Id);
                    coauthors[other].Add(reviewers[r].Id);
                }
            }
        }

        var withAttributes = reviewers.Select((reviewer, r) => reviewer with
        {
            Senior = random.Next(10) < 3,
            Institution = $"inst{institutionOf[r]}",
            Country = $"country{countryOfInstitution[institutionOf[r]]}",
            Coauthors = coauthors[r].Distinct().ToList(),
        }).ToList();
        // One paper in ten has a committee member among its authors.
        var papers = instance.Papers.Select(paper => random.Next(10) == 0
            ? paper with { AuthorReviewers = [reviewers[random.Next(reviewers.Count)].Id] }
            : paper).ToList();
        return new AssignmentInstance
        {
            ReviewsPerPaper = instance.ReviewsPerPaper,
            BidWeight = instance.BidWeight,
            Papers = papers,
            Reviewers = withAttributes,
            Bids = instance.Bids,
            Conflicts = instance.Conflicts,
            Affinities = instance.Affinities,
            ExistingAssignments = instance.ExistingAssignments,
        };
    }
}
