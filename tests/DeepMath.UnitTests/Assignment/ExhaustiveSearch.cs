using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>
/// The optimum by trying every subset of eligible pairs (with capacity pruning): slow, obviously
/// right, and sharing no code with the flow model.
/// </summary>
internal static class ExhaustiveSearch
{
    public static (int Assigned, double Objective) Optimum(AssignmentInstance instance)
    {
        var scoring = new ReferenceScoring(instance);
        var kept = instance.ExistingAssignments.ToHashSet();
        var pairs = (
            from paper in instance.Papers
            from reviewer in instance.Reviewers
            where scoring.IsEligible(reviewer.Id, paper.Id) && !kept.Contains(new ReviewAssignment(reviewer.Id, paper.Id))
            select (Paper: instance.Papers.IndexOf(paper), Reviewer: instance.Reviewers.IndexOf(reviewer), Score: scoring.Score(reviewer.Id, paper.Id)))
            .ToArray();
        // Kept assignments are fixed: they use up capacity and count in both criteria.
        var paperLeft = instance.Papers.Select(p => instance.ReviewsPerPaper - kept.Count(a => a.Paper == p.Id)).ToArray();
        var reviewerLeft = instance.Reviewers.Select(r => r.MaxLoad - kept.Count(a => a.Reviewer == r.Id)).ToArray();
        var best = (Assigned: -1, Objective: double.NegativeInfinity);

        void Search(int next, int assigned, double objective)
        {
            if (next == pairs.Length)
            {
                if (assigned > best.Assigned || (assigned == best.Assigned && objective > best.Objective))
                {
                    best = (assigned, objective);
                }

                return;
            }

            var (p, r, score) = pairs[next];
            if (paperLeft[p] > 0 && reviewerLeft[r] > 0)
            {
                paperLeft[p]--;
                reviewerLeft[r]--;
                Search(next + 1, assigned + 1, objective + score);
                paperLeft[p]++;
                reviewerLeft[r]++;
            }

            Search(next + 1, assigned, objective);
        }

        Search(0, kept.Count, kept.Sum(a => scoring.Score(a.Reviewer, a.Paper)));
        return best;
    }

    private static int IndexOf<T>(this IReadOnlyList<T> list, T item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], item))
            {
                return i;
            }
        }

        return -1;
    }
}
