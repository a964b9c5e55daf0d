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
        var pairs = (
            from paper in instance.Papers
            from reviewer in instance.Reviewers
            where scoring.IsEligible(reviewer.Id, paper.Id)
            select (Paper: instance.Papers.IndexOf(paper), Reviewer: instance.Reviewers.IndexOf(reviewer), Score: scoring.Score(reviewer.Id, paper.Id)))
            .ToArray();
        var paperLeft = instance.Papers.Select(_ => instance.ReviewsPerPaper).ToArray();
        var reviewerLeft = instance.Reviewers.Select(r => r.MaxLoad).ToArray();
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

        Search(0, 0, 0);
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
