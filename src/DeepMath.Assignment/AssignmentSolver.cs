using Google.OrTools.Graph;

namespace DeepMath.Assignment;

/// <summary>
/// Exact reviewer assignment as a min-cost flow: source → paper (capacity k less kept reviews) →
/// reviewer (capacity 1 per eligible pair, cost −score) → sink (capacity max load less kept reviews).
/// OR-Tools' SolveMaxFlowWithMinCost first fixes the flow at its maximum, the most reviews that can be
/// assigned, then finds the cheapest flow of that value, the highest total score; so the objective is
/// lexicographic without a big-M constant, and negative scores (reluctant bids) cannot reduce the count.
/// </summary>
public static class AssignmentSolver
{
    /// <summary>
    /// Scores are scaled to integer costs. When no small exact scale exists, each rounding is at most
    /// 0.5/scale, so the chosen assignment's true score is within assigned/scale of the true optimum;
    /// the scale keeps that under this bound (see <see cref="ScaleFor"/>).
    /// </summary>
    private const double MaxObjectiveError = 1e-4;

    /// <summary>How far from an integer a scaled score may be and still count as exact (floating-point noise).</summary>
    private const double ExactTolerance = 1e-7;

    /// <summary>Costs times the node count stay well inside a long, as OR-Tools' cost scaling needs.</summary>
    private const double MaxCostTimesNodes = 1e15;

    public static AssignmentResult Solve(AssignmentInstance instance) => Solve(instance, AssignmentOptions.Default);

    /// <summary>
    /// The assignment in the chosen mode under the chosen constraints. Plain max-sum without constraints
    /// takes the original path, so its results and speed are exactly today's.
    /// </summary>
    /// <exception cref="AssignmentInputException">The instance is inconsistent.</exception>
    /// <exception cref="AssignmentInfeasibleException">A chosen constraint cannot be met; the message names where.</exception>
    public static AssignmentResult Solve(AssignmentInstance instance, AssignmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var plain = options.Mode == AssignmentMode.MaxSum && !options.HasFlowConstraints && !options.HasRepairs
            && options.AlternatesPerPaper == 0 && !instance.Reviewers.Any(r => r.MinLoad > 0);
        return plain ? SolveMaxSum(instance) : ModeSolver.Solve(instance, options);
    }

    private static AssignmentResult SolveMaxSum(AssignmentInstance instance)
    {
        var pairs = CandidatePairs.Build(instance);
        var paperCount = instance.Papers.Count;
        var reviewerCount = instance.Reviewers.Count;
        var k = instance.ReviewsPerPaper;

        var paperCapacity = new long[paperCount];
        var reviewerCapacity = new long[reviewerCount];
        for (var p = 0; p < paperCount; p++)
        {
            paperCapacity[p] = Math.Max(0, k - pairs.KeptPerPaper[p]);
        }

        for (var r = 0; r < reviewerCount; r++)
        {
            reviewerCapacity[r] = Math.Max(0, instance.Reviewers[r].MaxLoad - pairs.KeptPerReviewer[r]);
        }

        var flowBound = Math.Min(paperCapacity.Sum(), reviewerCapacity.Sum());
        var nodeCount = paperCount + reviewerCount + 2;
        var maxAbsScore = pairs.Scores.Count == 0 ? 0 : pairs.Scores.Max(Math.Abs);
        var scale = ScaleFor(pairs, flowBound, maxAbsScore, nodeCount);

        var assignedByPaper = new int[paperCount];
        var assignments = new List<ReviewAssignment>(pairs.Kept.Count + (int)Math.Min(flowBound, pairs.Scores.Count));
        var scores = new List<double>(assignments.Capacity);
        var objective = 0.0;
        foreach (var (p, r, score) in pairs.Kept)
        {
            assignments.Add(new ReviewAssignment(instance.Reviewers[r].Id, instance.Papers[p].Id));
            scores.Add(score);
            assignedByPaper[p]++;
            objective += score;
        }

        if (flowBound > 0 && pairs.Scores.Count > 0)
        {
            foreach (var pair in SolveFlow(pairs, paperCapacity, reviewerCapacity, scale))
            {
                var p = pairs.Papers[pair];
                assignments.Add(new ReviewAssignment(instance.Reviewers[pairs.Reviewers[pair]].Id, instance.Papers[p].Id));
                scores.Add(pairs.Scores[pair]);
                assignedByPaper[p]++;
                objective += pairs.Scores[pair];
            }
        }

        return new AssignmentResult
        {
            Assignments = assignments,
            Scores = scores,
            Objective = objective,
            Notes = ["Exact: no assignment of the same size has a higher total score."],
            Shortfalls = Shortfalls(instance, pairs, assignedByPaper),
        };
    }

    /// <summary>
    /// Prefers the smallest scale that makes every score an integer: scores with a few decimals, or topic
    /// shares c/|T| with quarter bids, are then exact, and small costs also make the cost scaling faster.
    /// Otherwise the rounded optimum is within 2 × assigned × 0.5/scale of the true one, so a scale of
    /// flowBound / MaxObjectiveError bounds the error.
    /// </summary>
    internal static double ScaleFor(CandidatePairs pairs, long flowBound, double maxAbsScore, double nodeCount)
    {
        var affordable = MaxCostTimesNodes / Math.Max(1.0, maxAbsScore) / nodeCount;
        for (var decimals = 0; decimals <= 6; decimals++)
        {
            var scale = pairs.ScoreDenominator * Math.Pow(10, decimals);
            if (scale > affordable)
            {
                break;
            }

            if (pairs.Scores.TrueForAll(s => Math.Abs((s * scale) - Math.Round(s * scale)) <= ExactTolerance))
            {
                return scale;
            }
        }

        return Math.Min(Math.Max(1e6, Math.Max(1, flowBound) / MaxObjectiveError), affordable);
    }

    private static List<int> SolveFlow(CandidatePairs pairs, long[] paperCapacity, long[] reviewerCapacity, double scale)
    {
        var paperCount = paperCapacity.Length;
        var reviewerCount = reviewerCapacity.Length;
        var source = 0;
        var sink = paperCount + reviewerCount + 1;
        var pairCount = pairs.Scores.Count;

        using var flow = new MinCostFlow(sink + 1, paperCount + reviewerCount + pairCount);
        long supply = 0;
        for (var p = 0; p < paperCount; p++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, 1 + p, paperCapacity[p], 0);
            supply += paperCapacity[p];
        }

        for (var r = 0; r < reviewerCount; r++)
        {
            flow.AddArcWithCapacityAndUnitCost(1 + paperCount + r, sink, reviewerCapacity[r], 0);
        }

        var firstPairArc = paperCount + reviewerCount;
        for (var i = 0; i < pairCount; i++)
        {
            var cost = -(long)Math.Round(pairs.Scores[i] * scale);
            flow.AddArcWithCapacityAndUnitCost(1 + pairs.Papers[i], 1 + paperCount + pairs.Reviewers[i], 1, cost);
        }

        flow.SetNodeSupply(source, supply);
        flow.SetNodeSupply(sink, -supply);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver stopped with status {status}.");
        }

        var chosen = new List<int>((int)flow.MaximumFlow());
        for (var i = 0; i < pairCount; i++)
        {
            if (flow.Flow(firstPairArc + i) > 0)
            {
                chosen.Add(i);
            }
        }

        return chosen;
    }

    private static List<PaperShortfall> Shortfalls(AssignmentInstance instance, CandidatePairs pairs, int[] assignedByPaper)
    {
        var k = instance.ReviewsPerPaper;
        var shortfalls = new List<PaperShortfall>();
        for (var p = 0; p < assignedByPaper.Length; p++)
        {
            if (assignedByPaper[p] >= k)
            {
                continue;
            }

            // At a maximum flow a short paper has no augmenting path, so each eligible reviewer not
            // assigned to it is at full load: when enough are eligible, capacity is what ran out.
            var eligible = pairs.EligibleReviewers[p];
            var reason = eligible switch
            {
                0 => "no eligible reviewers",
                1 when k > 1 => "only 1 eligible reviewer",
                _ when eligible < k => $"only {eligible} eligible reviewers",
                _ => $"reviewer capacity exhausted: its {eligible} eligible reviewers are all at their maximum load",
            };
            shortfalls.Add(new PaperShortfall(instance.Papers[p].Id, assignedByPaper[p], k, reason));
        }

        return shortfalls;
    }
}
