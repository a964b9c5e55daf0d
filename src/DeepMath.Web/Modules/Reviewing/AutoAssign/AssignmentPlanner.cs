using System.Diagnostics;
using DeepMath.Assignment;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>
/// Runs the exact solver on a call's state, keeping every assignment already made, and describes the result.
/// Pure: nothing is saved; the organizer applies the plan with another request.
/// </summary>
public static class AssignmentPlanner
{
    public static AssignmentPlan Plan(AssignmentState state) => Plan(state, AssignmentOptions.Default);

    /// <exception cref="AssignmentInputException">The state is inconsistent.</exception>
    /// <exception cref="AssignmentInfeasibleException">A chosen constraint cannot be met; the message names abstracts by number.</exception>
    public static AssignmentPlan Plan(AssignmentState state, AssignmentOptions options, ScoreWeights? weights = null, int minLoad = 0, ReviewerLinks? links = null)
    {
        weights ??= new ScoreWeights(1, 0, AssignmentInstance.DefaultBidWeight);
        links ??= ReviewerLinks.None;
        var stale = state.Assignments.Where(a => state.ConflictsOf(a.ReviewerId, a.SubmissionId).Count > 0).ToList();
        var kept = state.Assignments.Except(stale).ToList();
        var keptPairs = kept.Select(a => (a.ReviewerId, a.SubmissionId)).ToHashSet();
        var instance = SolverInput.Instance(state, keptPairs, weights, minLoad, links);
        var watch = Stopwatch.StartNew();
        var result = SolverInput.Solve(instance, options, state);
        var seconds = watch.Elapsed.TotalSeconds;

        var submissions = state.Submissions.ToDictionary(s => s.Id);
        var chosen = result.Assignments.Select(a => (ReviewerId: Guid.Parse(a.Reviewer), SubmissionId: Guid.Parse(a.Paper))).ToList();
        // The solver's own scores; a kept pair's bid was left out of the instance (the organizer's choice outranks it), so it is added back here.
        var scores = chosen.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => result.Scores[x.i]
            + (keptPairs.Contains(x.p) ? weights.Bid * (int)(state.BidOf(x.p.ReviewerId, x.p.SubmissionId) ?? BidValue.Neutral) : 0));
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
            Weights = weights,
            Alternates = [.. result.Alternates
                .Select(a => new PaperAlternates(submissions[Guid.Parse(a.Key)].Number, submissions[Guid.Parse(a.Key)].Title,
                    [.. a.Value.Select(r => state.NameOf(Guid.Parse(r)))]))
                .OrderBy(a => a.Number)],
        };
    }
}
