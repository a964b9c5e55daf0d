using DeepMath.Assignment;

namespace DeepMath.Bench.Assign;

/// <summary>
/// Seeded synthetic instances. Papers and reviewers belong to research areas of uneven size, so
/// popular areas run short of reviewers and the optimum has to trade first choices for coverage.
/// </summary>
internal static class InstanceGenerator
{
    private static readonly string[] Topics =
    [
        "Optimization", "Generalization", "Expressivity", "Computation", "Representations", "Recurrent networks",
        "Network architectures", "Probabilistic methods", "Reinforcement learning", "Kernel methods", "Learning theory", "Applications",
    ];

    public static AssignmentInstance WithTopics(int seed, int papers, int reviewers, int k)
    {
        var random = new Random(seed);
        var paperList = Enumerable.Range(1, papers).Select(i => new Paper($"p{i}", Pick(random, Topics, random.Next(1, 4)))).ToList();
        var reviewerList = Enumerable.Range(1, reviewers)
            .Select(i => new Reviewer($"r{i}", Pick(random, Topics, random.Next(2, 6)), random.Next(11, 16)))
            .ToList();
        var bids = new List<Bid>();
        var conflicts = new List<Conflict>();
        foreach (var reviewer in reviewerList)
        {
            foreach (var paper in Pick(random, paperList, 40))
            {
                var relevant = paper.Topics.Any(reviewer.Topics.Contains);
                bids.Add(new Bid(reviewer.Id, paper.Id, relevant ? random.Next(-1, 3) : random.Next(-2, 2)));
            }

            conflicts.AddRange(Pick(random, paperList, random.Next(0, 4)).Select(p => new Conflict(reviewer.Id, p.Id)));
        }

        return new AssignmentInstance { ReviewsPerPaper = k, Papers = paperList, Reviewers = reviewerList, Bids = bids, Conflicts = conflicts };
    }

    public static AssignmentInstance WithAffinities(int seed, int papers, int reviewers, int k, int candidatesPerPaper)
    {
        const int Areas = 60;
        var random = new Random(seed);
        // Zipf-like popularity for papers, flatter for reviewers: some areas are crowded.
        var paperArea = Enumerable.Range(0, papers).Select(_ => Skewed(random, Areas, 1.0)).ToArray();
        var reviewerArea = Enumerable.Range(0, reviewers).Select(_ => Skewed(random, Areas, 0.6)).ToArray();
        var byArea = Enumerable.Range(0, Areas).Select(a => new List<int>()).ToArray();
        for (var r = 0; r < reviewers; r++)
        {
            byArea[reviewerArea[r]].Add(r);
        }

        var paperList = Enumerable.Range(0, papers).Select(p => new Paper($"p{p + 1}", [])).ToList();
        var reviewerList = Enumerable.Range(0, reviewers).Select(r => new Reviewer($"r{r + 1}", [], random.Next(4, 9))).ToList();
        var affinities = new List<Affinity>(papers * candidatesPerPaper);
        var bids = new List<Bid>();
        var conflicts = new List<Conflict>();
        var chosen = new int[reviewers];
        Array.Fill(chosen, -1);
        for (var p = 0; p < papers; p++)
        {
            var sameArea = byArea[paperArea[p]];
            for (var c = 0; c < candidatesPerPaper; c++)
            {
                int r;
                do
                {
                    r = random.Next(10) < 6 && sameArea.Count > 0 ? sameArea[random.Next(sameArea.Count)] : random.Next(reviewers);
                }
                while (chosen[r] == p);

                chosen[r] = p;
                var close = reviewerArea[r] == paperArea[p];
                var score = Math.Round(close ? 0.4 + (0.6 * random.NextDouble()) : 0.5 * random.NextDouble(), 4);
                affinities.Add(new Affinity(reviewerList[r].Id, paperList[p].Id, score));
                if (random.Next(12) == 0)
                {
                    bids.Add(new Bid(reviewerList[r].Id, paperList[p].Id, close ? random.Next(-1, 3) : random.Next(-2, 2)));
                }
            }

            for (var c = random.Next(0, 3); c > 0; c--)
            {
                conflicts.Add(new Conflict(reviewerList[random.Next(reviewers)].Id, paperList[p].Id));
            }
        }

        return new AssignmentInstance
        {
            ReviewsPerPaper = k, Papers = paperList, Reviewers = reviewerList, Bids = bids, Conflicts = conflicts, Affinities = affinities,
        };
    }

    private static int Skewed(Random random, int count, double exponent) =>
        (int)Math.Min(count - 1, Math.Floor(count * Math.Pow(random.NextDouble(), 1 + exponent)));

    private static List<T> Pick<T>(Random random, IReadOnlyList<T> from, int count)
    {
        var picked = new HashSet<int>();
        while (picked.Count < Math.Min(count, from.Count))
        {
            picked.Add(random.Next(from.Count));
        }

        return picked.Order().Select(i => from[i]).ToList();
    }
}
