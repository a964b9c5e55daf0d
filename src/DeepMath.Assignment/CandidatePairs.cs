using DeepMath.Assignment.Text;

namespace DeepMath.Assignment;

/// <summary>
/// The eligible (paper, reviewer) pairs with their scores, the existing assignments to keep, and the
/// capacities left once those are counted. Pairs are produced paper by paper.
/// </summary>
internal sealed class CandidatePairs
{
    private CandidatePairs(int paperCount, int reviewerCount, int expectedPairs)
    {
        Papers = new List<int>(expectedPairs);
        Reviewers = new List<int>(expectedPairs);
        Scores = new List<double>(expectedPairs);
        EligibleReviewers = new int[paperCount];
        KeptPerPaper = new int[paperCount];
        KeptPerReviewer = new int[reviewerCount];
    }

    public List<int> Papers { get; }

    public List<int> Reviewers { get; }

    public List<double> Scores { get; }

    public List<(int Paper, int Reviewer, double Score)> Kept { get; } = [];

    /// <summary>A number whose multiples the affinities tend to be (topic shares c/|T|): 1 for given affinities.</summary>
    public long ScoreDenominator { get; private init; } = 1;

    /// <summary>Eligible reviewers per paper, the kept ones included.</summary>
    public int[] EligibleReviewers { get; }

    public int[] KeptPerPaper { get; }

    public int[] KeptPerReviewer { get; }

    public static CandidatePairs Build(AssignmentInstance instance)
    {
        var index = new InstanceIndex(instance);
        var paperCount = instance.Papers.Count;
        var reviewerCount = instance.Reviewers.Count;
        var weight = instance.BidWeight;
        var topics = instance.Affinities is null ? new TopicAffinity(instance.Papers, instance.Reviewers) : null;
        // With given affinities, text is combined only when there is text on both sides, so that an instance
        // file without texts scores exactly as before: the given affinity then takes the topic share's place.
        var textOnGiven = instance.Affinities is not null && instance.TextWeight != 0
            && instance.Papers.Any(p => !string.IsNullOrWhiteSpace(p.Text))
            && instance.Reviewers.Any(r => !string.IsNullOrWhiteSpace(r.Expertise));
        var text = (topics is not null && instance.TextWeight != 0) || textOnGiven
            ? new TextAffinity([.. instance.Papers.Select(p => p.Text)], [.. instance.Reviewers.Select(r => r.Expertise)], instance.TextTopN)
            : null;
        var weighted = instance.TopicWeight != 1 || text is not null;
        // Sized up front: growing lists of millions of pairs would copy them over and over.
        var expectedPairs = (int)Math.Min(
            instance.Affinities is { } given ? (long)given.Count + instance.Bids.Count : (long)paperCount * reviewerCount,
            Array.MaxLength);
        var result = new CandidatePairs(paperCount, reviewerCount, expectedPairs) { ScoreDenominator = weighted ? 1 : topics?.Denominator ?? 1 };

        var bids = Group(instance.Bids, b => (b.Paper, b.Reviewer), "A bid", index, paperCount);
        foreach (var bid in instance.Bids)
        {
            if (bid.Value is < Bid.NotWilling or > 2)
            {
                throw new AssignmentInputException($"The bid of \"{bid.Reviewer}\" on \"{bid.Paper}\" is {bid.Value}; bids range from -2 to 2.");
            }
        }

        var conflicts = Group(instance.Conflicts, c => (c.Paper, c.Reviewer), "A conflict", index, paperCount);
        var kept = Group(instance.ExistingAssignments, a => (a.Paper, a.Reviewer), "An existing assignment", index, paperCount);
        var affinities = instance.Affinities is { } list
            ? Group(list, a => (a.Paper, a.Reviewer), "An affinity", index, paperCount)
            : null;

        // Per-reviewer stamps hold the paper index last written, so nothing needs clearing between papers.
        var conflictStamp = Filled(reviewerCount);
        var bidStamp = Filled(reviewerCount);
        var bidValue = new int[reviewerCount];
        var keptStamp = Filled(reviewerCount);
        var seenStamp = Filled(reviewerCount);
        var affinityValue = new double[reviewerCount];
        var textStamp = Filled(reviewerCount);
        var textValue = new double[reviewerCount];

        for (var p = 0; p < paperCount; p++)
        {
            for (var s = conflicts.Start(p); s < conflicts.End(p); s++)
            {
                conflictStamp[conflicts.Reviewer(s)] = p;
            }

            for (var s = bids.Start(p); s < bids.End(p); s++)
            {
                var r = bids.Reviewer(s);
                bidStamp[r] = p;
                bidValue[r] = instance.Bids[bids.Source(s)].Value;
            }

            for (var s = kept.Start(p); s < kept.End(p); s++)
            {
                var r = kept.Reviewer(s);
                if (conflictStamp[r] == p || (bidStamp[r] == p && bidValue[r] == Bid.NotWilling))
                {
                    throw new AssignmentInputException(
                        $"The existing assignment of \"{instance.Reviewers[r].Id}\" to \"{instance.Papers[p].Id}\" " +
                        (conflictStamp[r] == p ? "is a conflict of interest" : "goes against a not-willing bid") +
                        "; remove it before re-running.");
                }

                keptStamp[r] = p;
            }

            if (text is not null)
            {
                foreach (var (r, similarity) in text.Best(p))
                {
                    textStamp[r] = p;
                    textValue[r] = similarity;
                }
            }

            var eligible = 0;
            double BidScore(int r) => bidStamp[r] == p ? weight * bidValue[r] : 0;
            double TopicAndText(int r) => !weighted ? topics!.Of(p, r)
                : (instance.TopicWeight * topics!.Of(p, r)) + (textStamp[r] == p ? instance.TextWeight * textValue[r] : 0);
            bool Excluded(int r) => conflictStamp[r] == p || keptStamp[r] == p || (bidStamp[r] == p && bidValue[r] == Bid.NotWilling);
            double TextScore(int r) => textStamp[r] == p ? instance.TextWeight * textValue[r] : 0;
            double Given(double affinity) => textOnGiven ? instance.TopicWeight * affinity : affinity;

            if (affinities is not null)
            {
                // A pair listed twice takes its last affinity, like a repeated key in a JSON object.
                for (var s = affinities.Start(p); s < affinities.End(p); s++)
                {
                    var r = affinities.Reviewer(s);
                    var score = instance.Affinities![affinities.Source(s)].Score;
                    if (!double.IsFinite(score))
                    {
                        throw new AssignmentInputException($"The affinity of \"{instance.Reviewers[r].Id}\" and \"{instance.Papers[p].Id}\" is not a finite number.");
                    }

                    seenStamp[r] = p;
                    affinityValue[r] = score;
                }

                for (var s = affinities.Start(p); s < affinities.End(p); s++)
                {
                    var r = affinities.Reviewer(s);
                    if (seenStamp[r] == p)
                    {
                        // Mark the pair as emitted so that a duplicate does not emit it again.
                        seenStamp[r] = -2 - p;
                        if (!Excluded(r))
                        {
                            result.Add(p, r, Given(affinityValue[r]) + TextScore(r) + BidScore(r));
                            eligible++;
                        }
                    }
                }

                for (var s = bids.Start(p); s < bids.End(p); s++)
                {
                    var r = bids.Reviewer(s);
                    if (seenStamp[r] != -2 - p && seenStamp[r] != p && !Excluded(r))
                    {
                        seenStamp[r] = p;
                        result.Add(p, r, TextScore(r) + BidScore(r));
                        eligible++;
                    }
                }

                // The paper's most similar reviewers by text are candidates too, as bid pairs are.
                if (textOnGiven)
                {
                    foreach (var (r, _) in text!.Best(p))
                    {
                        if (seenStamp[r] != -2 - p && seenStamp[r] != p && !Excluded(r))
                        {
                            seenStamp[r] = p;
                            result.Add(p, r, TextScore(r) + BidScore(r));
                            eligible++;
                        }
                    }
                }
            }
            else
            {
                for (var r = 0; r < reviewerCount; r++)
                {
                    if (!Excluded(r))
                    {
                        result.Add(p, r, TopicAndText(r) + BidScore(r));
                        eligible++;
                    }
                }
            }

            for (var s = kept.Start(p); s < kept.End(p); s++)
            {
                var r = kept.Reviewer(s);
                if (keptStamp[r] != p)
                {
                    continue; // listed twice
                }

                keptStamp[r] = -2 - p;
                var affinity = topics is not null ? TopicAndText(r) : (seenStamp[r] == -2 - p ? Given(affinityValue[r]) : 0) + TextScore(r);
                result.Kept.Add((p, r, affinity + BidScore(r)));
                result.KeptPerPaper[p]++;
                result.KeptPerReviewer[r]++;
                eligible++;
            }

            result.EligibleReviewers[p] = eligible;
        }

        return result;
    }

    private void Add(int paper, int reviewer, double score)
    {
        Papers.Add(paper);
        Reviewers.Add(reviewer);
        Scores.Add(score);
    }

    private static PaperGroups Group<T>(
        IReadOnlyList<T> pairs, Func<T, (string Paper, string Reviewer)> ids, string what, InstanceIndex index, int paperCount)
    {
        var papers = new int[pairs.Count];
        var reviewers = new int[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var (paper, reviewer) = ids(pairs[i]);
            papers[i] = index.Paper(paper, what);
            reviewers[i] = index.Reviewer(reviewer, what);
        }

        return PaperGroups.Build(paperCount, papers, reviewers);
    }

    private static int[] Filled(int count)
    {
        var array = new int[count];
        Array.Fill(array, -1);
        return array;
    }
}
