namespace DeepMath.Assignment.Text;

/// <summary>
/// The TF-IDF cosine of each paper's text (title and abstract, never the authors) with each reviewer's expertise
/// statement and publications, kept for the <see cref="TopN"/> most similar reviewers of each paper so that memory
/// grows with papers × N, not papers × reviewers. Cosines are found through an inverted index of the reviewers'
/// terms: a paper touches only the reviewers who share a term with it.
/// </summary>
public sealed class TextAffinity
{
    public const int DefaultTopN = 50;

    private readonly (int Reviewer, double Score)[][] _best;

    public TextAffinity(IReadOnlyList<string?> paperTexts, IReadOnlyList<string?> reviewerTexts, int topN = DefaultTopN)
    {
        ArgumentNullException.ThrowIfNull(paperTexts);
        ArgumentNullException.ThrowIfNull(reviewerTexts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(topN);
        TopN = topN;
        var vectors = TermVectors.Build([.. paperTexts, .. reviewerTexts]);
        var papers = paperTexts.Count;
        var reviewers = reviewerTexts.Count;
        var postings = new List<(int Reviewer, double Weight)>?[vectors.TermCount];
        for (var r = 0; r < reviewers; r++)
        {
            foreach (var (term, weight) in vectors.Vectors[papers + r])
            {
                (postings[term] ??= []).Add((r, weight));
            }
        }

        var sums = new double[reviewers];
        var touched = new List<int>();
        _best = new (int, double)[papers][];
        for (var p = 0; p < papers; p++)
        {
            foreach (var (term, weight) in vectors.Vectors[p])
            {
                if (postings[term] is not { } list)
                {
                    continue;
                }

                foreach (var (r, w) in list)
                {
                    if (sums[r] == 0)
                    {
                        touched.Add(r);
                    }

                    sums[r] += weight * w;
                }
            }

            _best[p] = [.. touched.Select(r => (Reviewer: r, Score: Math.Min(1, sums[r])))
                .OrderByDescending(t => t.Score).ThenBy(t => t.Reviewer).Take(topN)];
            foreach (var r in touched)
            {
                sums[r] = 0;
            }

            touched.Clear();
        }
    }

    /// <summary>How many reviewers per paper keep their similarity; the others count as 0.</summary>
    public int TopN { get; }

    /// <summary>The most similar reviewers of a paper, best first, with their cosine in [0, 1].</summary>
    public IReadOnlyList<(int Reviewer, double Score)> Best(int paper) => _best[paper];

    /// <summary>The similarity of a pair: its cosine if the reviewer is among the paper's top N, else 0.</summary>
    public double Of(int paper, int reviewer)
    {
        foreach (var (r, score) in _best[paper])
        {
            if (r == reviewer)
            {
                return score;
            }
        }

        return 0;
    }
}
