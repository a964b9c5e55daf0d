using DeepMath.Assignment;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Submissions.Contracts;
using Solver = DeepMath.Assignment;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>
/// A call's abstracts and reviewers as the solver sees them. An abstract's text is its title and abstract only: the
/// authors never enter the scores (they enter only the reciprocal-pairs constraint, through reviewers' e-mails).
/// </summary>
public static class SolverInput
{
    /// <param name="kept">The assignments to keep; a kept pair's bid is left out (the organizer's choice outranks a not-willing bid).</param>
    public static AssignmentInstance Instance(
        AssignmentState state, IReadOnlySet<(Guid ReviewerId, Guid SubmissionId)> kept, ScoreWeights weights, int minLoad, ReviewerLinks links,
        IReadOnlyCollection<(Guid ReviewerId, Guid SubmissionId)>? excluded = null)
    {
        var coauthors = links.Coauthors();
        return new AssignmentInstance
        {
            ReviewsPerPaper = state.Call.ReviewsPerSubmission,
            TopicWeight = weights.Topic,
            TextWeight = weights.Text,
            BidWeight = weights.Bid,
            Papers = [.. state.Submissions.Select(s => Paper(s, links))],
            Reviewers = [.. state.Reviewers.Select(r => Reviewer(r, state.MaxLoadOf(r), minLoad, coauthors))],
            Bids = [.. state.Bids.Where(b => state.IsSubmitted(b.SubmissionId) && !kept.Contains((b.ReviewerId, b.SubmissionId)))
                .Select(b => new Solver.Bid(b.ReviewerId.ToString(), b.SubmissionId.ToString(), (int)b.Value))],
            Conflicts = [.. state.Submissions.SelectMany(s => state.Reviewers
                .Where(r => state.ConflictsOf(r.Id, s.Id).Count > 0)
                .Select(r => new Solver.Conflict(r.Id.ToString(), s.Id.ToString()))),
                .. (excluded ?? []).Select(x => new Solver.Conflict(x.ReviewerId.ToString(), x.SubmissionId.ToString()))],
            ExistingAssignments = [.. kept.Select(a => new ReviewAssignment(a.ReviewerId.ToString(), a.SubmissionId.ToString()))],
        };
    }

    public static Paper Paper(SubmissionWithAuthors s, ReviewerLinks links)
    {
        var authors = s.Authors.Select(a => a.Email.ToLowerInvariant()).ToHashSet();
        return new Paper(s.Id.ToString(), s.Topics)
        {
            Text = $"{s.Title}\n{s.Abstract}",
            AuthorReviewers = [.. links.Emails.Where(e => authors.Contains(e.Value)).Select(e => e.Key.ToString())],
        };
    }

    public static Solver.Reviewer Reviewer(Domain.Reviewer r, int maxLoad, int minLoad, IReadOnlyDictionary<Guid, List<Guid>> coauthors) =>
        new(r.Id.ToString(), r.ExpertiseTopics, maxLoad)
        {
            Expertise = $"{r.Statement}\n{r.PublicationText}",
            Senior = r.Senior,
            Institution = r.InstitutionForAssignment,
            Country = string.IsNullOrWhiteSpace(r.Country) ? null : r.Country,
            MinLoad = Math.Min(minLoad, maxLoad),
            Coauthors = coauthors.TryGetValue(r.Id, out var others) ? [.. others.Select(o => o.ToString())] : [],
        };

    /// <summary>Solves, and names abstracts by number and reviewers by name in a message about constraints that cannot be met.</summary>
    public static AssignmentResult Solve(AssignmentInstance instance, AssignmentOptions options, AssignmentState state)
    {
        try
        {
            return AssignmentSolver.Solve(instance, options);
        }
        catch (AssignmentInfeasibleException e)
        {
            var message = e.Message;
            foreach (var s in state.Submissions)
            {
                message = message.Replace($"paper \"{s.Id}\"", $"abstract {s.Number} \"{s.Title}\"", StringComparison.Ordinal);
            }
            foreach (var r in state.Reviewers)
            {
                message = message.Replace($"reviewer \"{r.Id}\"", $"reviewer {state.NameOf(r.Id)}", StringComparison.Ordinal);
            }
            throw new AssignmentInfeasibleException(message.Replace("per paper", "per abstract", StringComparison.Ordinal), e.Problems);
        }
    }
}
