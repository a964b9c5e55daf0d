namespace DeepMath.Assignment;

/// <summary>An integral assignment being built or repaired: each paper's reviewers with their scores, and the loads.</summary>
internal sealed class Plan
{
    public Plan(int paperCount, int reviewerCount)
    {
        ByPaper = new List<Slot>[paperCount];
        for (var p = 0; p < paperCount; p++)
        {
            ByPaper[p] = [];
        }

        Loads = new int[reviewerCount];
    }

    public List<Slot>[] ByPaper { get; }

    public int[] Loads { get; }

    /// <summary>The plan of a flow: the kept pairs, then every pair arc carrying <paramref name="unit"/>.</summary>
    public static Plan FromFlow(CandidatePairs pairs, FlowModel model, long[] flow, long unit)
    {
        var plan = new Plan(model.PaperCount, model.ReviewerCount);
        plan.AddKept(pairs);
        for (var i = 0; i < model.PairArc.Length; i++)
        {
            if (model.PairArc[i] >= 0 && flow[model.PairArc[i]] >= unit)
            {
                plan.Add(pairs.Papers[i], pairs.Reviewers[i], pairs.Scores[i], i);
            }
        }

        return plan;
    }

    public void AddKept(CandidatePairs pairs)
    {
        foreach (var (p, r, score) in pairs.Kept)
        {
            Add(p, r, score, -1);
        }
    }

    public void Add(int paper, int reviewer, double score, int pair)
    {
        ByPaper[paper].Add(new Slot(reviewer, score, pair));
        Loads[reviewer]++;
    }

    public void Remove(int paper, int reviewer)
    {
        var slots = ByPaper[paper];
        var at = slots.FindIndex(s => s.Reviewer == reviewer);
        slots.RemoveAt(at);
        Loads[reviewer]--;
    }

    public bool Has(int paper, int reviewer) => ByPaper[paper].Exists(s => s.Reviewer == reviewer);

    public double Total(int paper)
    {
        var total = 0.0;
        foreach (var slot in ByPaper[paper])
        {
            total += slot.Score;
        }

        return total;
    }

    public double Objective() => ByPaper.Sum(slots => slots.Sum(s => s.Score));

    public Plan Copy()
    {
        var copy = new Plan(ByPaper.Length, Loads.Length);
        for (var p = 0; p < ByPaper.Length; p++)
        {
            copy.ByPaper[p].AddRange(ByPaper[p]);
        }

        Loads.CopyTo(copy.Loads, 0);
        return copy;
    }

    /// <summary>A reviewer on a paper; <paramref name="Pair"/> is -1 for a kept assignment, which repairs never move.</summary>
    internal readonly record struct Slot(int Reviewer, double Score, int Pair);
}
