namespace DeepMath.Assignment.Text;

/// <summary>
/// TF-IDF vectors of a set of documents, as sparse unit vectors over shared term ids:
/// weight = (1 + ln tf) × idf with idf = ln((1 + N) / (1 + df)) + 1 over all N documents (papers and
/// reviewers together), then scaled to length 1, so that the dot product of two vectors is their cosine.
/// </summary>
public sealed class TermVectors
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    private TermVectors(int count) => Vectors = new (int Term, double Weight)[count][];

    /// <summary>One sparse vector per document, sorted by term id; empty for a document without terms.</summary>
    public (int Term, double Weight)[][] Vectors { get; }

    public int TermCount => _ids.Count;

    public static TermVectors Build(IReadOnlyList<string?> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new TermVectors(documents.Count);
        var counts = new Dictionary<int, int>[documents.Count];
        var documentFrequency = new List<int>();
        for (var d = 0; d < documents.Count; d++)
        {
            var tf = new Dictionary<int, int>();
            foreach (var term in TextTokenizer.Terms(documents[d]))
            {
                if (!result._ids.TryGetValue(term, out var id))
                {
                    id = result._ids.Count;
                    result._ids.Add(term, id);
                    documentFrequency.Add(0);
                }

                tf[id] = tf.GetValueOrDefault(id) + 1;
            }

            foreach (var id in tf.Keys)
            {
                documentFrequency[id]++;
            }

            counts[d] = tf;
        }

        var n = documents.Count;
        for (var d = 0; d < n; d++)
        {
            var vector = counts[d].Select(kv => (Term: kv.Key, Weight: (1 + Math.Log(kv.Value)) * (Math.Log((1.0 + n) / (1.0 + documentFrequency[kv.Key])) + 1)))
                .OrderBy(t => t.Term).ToArray();
            var norm = Math.Sqrt(vector.Sum(t => t.Weight * t.Weight));
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i].Weight /= norm;
            }

            result.Vectors[d] = vector;
        }

        return result;
    }

    /// <summary>The cosine of two documents' vectors (0 when either has no terms).</summary>
    public double Cosine(int a, int b)
    {
        var x = Vectors[a];
        var y = Vectors[b];
        double dot = 0;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i].Term == y[j].Term)
            {
                dot += x[i++].Weight * y[j++].Weight;
            }
            else if (x[i].Term < y[j].Term)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }
}
