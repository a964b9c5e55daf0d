using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>
/// Every assignment of a small instance that meets the constraints, with the most reviews; each mode's
/// optimum is then a plain maximum over that list. Slow, obviously right, and sharing no code with the solver.
/// </summary>
internal static class ModeBruteForce
{
    public static List<List<(ReviewAssignment Pair, double Score)>> Largest(AssignmentInstance instance, AssignmentOptions options)
    {
        var scoring = new ReferenceScoring(instance);
        var pairs = (
            from paper in instance.Papers
            from reviewer in instance.Reviewers
            where scoring.IsEligible(reviewer.Id, paper.Id)
            select (Pair: new ReviewAssignment(reviewer.Id, paper.Id), Score: scoring.Score(reviewer.Id, paper.Id))).ToArray();
        var paperLeft = instance.Papers.ToDictionary(p => p.Id, _ => instance.ReviewsPerPaper);
        var reviewerLeft = instance.Reviewers.ToDictionary(r => r.Id, r => r.MaxLoad);
        var chosen = new List<(ReviewAssignment Pair, double Score)>();
        var best = new List<List<(ReviewAssignment, double)>>();
        var bestCount = -1;

        void Search(int next)
        {
            if (chosen.Count + (pairs.Length - next) < bestCount)
            {
                return;
            }

            if (next == pairs.Length)
            {
                if (ReferenceConstraints.Violations(instance, options, chosen.Select(c => c.Pair).ToList()).Count > 0)
                {
                    return;
                }

                if (chosen.Count > bestCount)
                {
                    best.Clear();
                    bestCount = chosen.Count;
                }

                best.Add([.. chosen]);
                return;
            }

            var (pair, score) = pairs[next];
            if (paperLeft[pair.Paper] > 0 && reviewerLeft[pair.Reviewer] > 0)
            {
                paperLeft[pair.Paper]--;
                reviewerLeft[pair.Reviewer]--;
                chosen.Add((pair, score));
                Search(next + 1);
                chosen.RemoveAt(chosen.Count - 1);
                paperLeft[pair.Paper]++;
                reviewerLeft[pair.Reviewer]++;
            }

            Search(next + 1);
        }

        Search(0);
        return best;
    }

    /// <summary>The best lowest paper total over the assignments of the largest size (the fair mode's optimum).</summary>
    public static double FairOptimum(AssignmentInstance instance) =>
        Largest(instance, AssignmentOptions.Default).Max(a => LowestPaperTotal(instance, a));

    public static double LowestPaperTotal(AssignmentInstance instance, IEnumerable<(ReviewAssignment Pair, double Score)> assignment)
    {
        var list = assignment.ToList();
        return instance.Papers.Min(p => list.Where(a => a.Pair.Paper == p.Id).Sum(a => a.Score));
    }

    /// <summary>A small instance with given affinities of two decimals, attributes for every constraint, and tight loads.</summary>
    public static AssignmentInstance Random(int seed, int paperCount = 4, int reviewerCount = 5, int k = 2)
    {
        var random = new Random(seed);
        var reviewers = Enumerable.Range(1, reviewerCount).Select(i => new Reviewer($"r{i}", [], random.Next(1, 4))
        {
            Senior = random.Next(3) == 0,
            Institution = $"i{random.Next(3)}",
            Country = $"c{random.Next(2)}",
        }).ToList();
        reviewers[0] = reviewers[0] with { Coauthors = [reviewers[1].Id] };
        var papers = Enumerable.Range(1, paperCount).Select(i => new Paper($"p{i}", [])).ToList();
        papers[0] = papers[0] with { AuthorReviewers = [reviewers[2].Id] };
        papers[1] = papers[1] with { AuthorReviewers = [reviewers[3].Id] };
        var affinities = new List<Affinity>();
        foreach (var paper in papers)
        {
            foreach (var reviewer in reviewers)
            {
                if (random.Next(5) > 0)
                {
                    affinities.Add(new Affinity(reviewer.Id, paper.Id, Math.Round(random.NextDouble(), 2)));
                }
            }
        }

        return new AssignmentInstance { ReviewsPerPaper = k, Papers = papers, Reviewers = reviewers, Affinities = affinities };
    }
}
