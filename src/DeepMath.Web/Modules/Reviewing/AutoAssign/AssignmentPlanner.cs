using System.Diagnostics;
using DeepMath.Assignment;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.Domain;
using Solver = DeepMath.Assignment;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>
/// Runs the exact solver on a call's state, keeping every assignment already made, and describes the result.
/// Pure: nothing is saved; the organizer applies the plan with another request.
/// </summary>
public static class AssignmentPlanner
{
    public static AssignmentPlan Plan(AssignmentState state) => Plan(state, AssignmentOptions.Default);

    /// <exception cref="AssignmentInputException">The state is inconsistent.</exception>
    /// <exception cref="AssignmentInfeasibleException">A chosen constraint cannot be met.</exception>
    public static AssignmentPlan Plan(AssignmentState state, AssignmentOptions options)
    {
        var stale = state.Assignments.Where(a => state.ConflictsOf(a.ReviewerId, a.SubmissionId).Count > 0).ToList();
        var kept = state.Assignments.Except(stale).ToList();
        var keptPairs = kept.Select(a => (a.ReviewerId, a.SubmissionId)).ToHashSet();
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = state.Call.ReviewsPerSubmission,
            Papers = [.. state.Submissions.Select(s => new Paper(s.Id.ToString(), s.Topics))],
            Reviewers = [.. state.Reviewers.Select(r => new Solver.Reviewer(r.Id.ToString(), r.ExpertiseTopics, state.MaxLoadOf(r)))],
            // A pair an organizer assigned by hand against a not-willing bid stays: their choice outranks the bid.
            Bids = [.. state.Bids.Where(b => state.IsSubmitted(b.SubmissionId) && !keptPairs.Contains((b.ReviewerId, b.SubmissionId)))
                .Select(b => new Solver.Bid(b.ReviewerId.ToString(), b.SubmissionId.ToString(), (int)b.Value))],
            Conflicts = [.. state.Submissions.SelectMany(s => state.Reviewers
                .Where(r => state.ConflictsOf(r.Id, s.Id).Count > 0)
                .Select(r => new Solver.Conflict(r.Id.ToString(), s.Id.ToString())))],
            ExistingAssignments = [.. kept.Select(a => new ReviewAssignment(a.ReviewerId.ToString(), a.SubmissionId.ToString()))],
        };
        var watch = Stopwatch.StartNew();
        var result = AssignmentSolver.Solve(instance, options);
        var seconds = watch.Elapsed.TotalSeconds;

        var submissions = state.Submissions.ToDictionary(s => s.Id);
        var reviewers = state.Reviewers.ToDictionary(r => r.Id);
        var chosen = result.Assignments.Select(a => (ReviewerId: Guid.Parse(a.Reviewer), SubmissionId: Guid.Parse(a.Paper))).ToList();
        var scores = chosen.ToDictionary(p => p, p => Score(state, reviewers[p.ReviewerId], submissions[p.SubmissionId].Topics, p.ReviewerId, p.SubmissionId));
        var proposed = chosen.Where(p => !keptPairs.Contains(p))
            .Select(p => new ProposedPair(p.SubmissionId, submissions[p.SubmissionId].Number, p.ReviewerId, state.NameOf(p.ReviewerId), scores[p]))
            .OrderBy(p => p.Number).ThenBy(p => p.ReviewerName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        var perSubmission = state.Submissions.ToDictionary(s => s.Id, _ => 0.0);
        foreach (var (pair, score) in scores)
        {
            perSubmission[pair.SubmissionId] += score;
        }
        var loadOf = chosen.CountBy(p => p.ReviewerId).ToDictionary();
        var loads = state.Reviewers
            .Select(r => new ReviewerLoad(state.NameOf(r.Id), loadOf.GetValueOrDefault(r.Id), state.MaxLoadOf(r), r.MaxLoad is not null))
            .OrderByDescending(l => l.Load).ThenBy(l => l.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var reviewersAt = loads.CountBy(l => l.Load).ToDictionary();
        var histogram = loads.Count == 0 ? [] : Enumerable.Range(0, loads.Max(l => l.Load) + 1)
            .Select(load => new LoadBar(load, reviewersAt.GetValueOrDefault(load))).ToList();
        var chosenSet = chosen.ToHashSet();
        BidsHonored Honored(BidValue value)
        {
            var wanted = state.Bids.Where(b => b.Value == value && state.IsSubmitted(b.SubmissionId)).ToList();
            return new BidsHonored(wanted.Count(b => chosenSet.Contains((b.ReviewerId, b.SubmissionId))), wanted.Count);
        }

        return new AssignmentPlan(
            state.Call.ReviewsPerSubmission,
            state.DefaultMaxLoad,
            kept.Count,
            proposed,
            scores.Values.Sum(),
            perSubmission.Count == 0 ? null : perSubmission.Values.Min(),
            histogram,
            loads,
            Honored(BidValue.Eager),
            Honored(BidValue.Willing),
            [.. result.Shortfalls.Select(s => submissions[Guid.Parse(s.Paper)])
                .Zip(result.Shortfalls, (s, f) => new Shortfall(s.Number, s.Title, f.Assigned, f.Wanted, f.Reason)).OrderBy(s => s.Number)],
            [.. stale.Select(a => new StaleAssignment(submissions[a.SubmissionId].Number, state.NameOf(a.ReviewerId),
                string.Join("; ", state.ConflictsOf(a.ReviewerId, a.SubmissionId).Select(c => ConflictKinds.Label(c.Kind)))))
                .OrderBy(s => s.Number)],
            seconds)
        {
            Comparison = ModeComparison.Of(instance, result, options),
        };
    }

    /// <summary>
    /// The solver's score of a pair: the topic affinity (<see cref="NestedTopics.Affinity"/>: a submission's topic the reviewer
    /// lists counts 1, one sharing only its area 0.5), plus a quarter of the bid.
    /// </summary>
    public static double Score(AssignmentState state, Domain.Reviewer reviewer, IReadOnlyList<string> topics, Guid reviewerId, Guid submissionId)
    {
        var affinity = NestedTopics.Affinity(topics, reviewer.ExpertiseTopics);
        return affinity + (AssignmentInstance.DefaultBidWeight * (int)(state.BidOf(reviewerId, submissionId) ?? BidValue.Neutral));
    }
}
