using DeepMath.Assignment;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.AutoAssign;

namespace DeepMath.Web.Modules.Reviewing.ReplaceReviewer;

public sealed record Alternate(Guid ReviewerId, string Name, double Score, int Load, int MaxLoad);

public sealed record ReplacePage(CallInfo Call, Guid SubmissionId, int Number, string Title, Guid ReviewerId, string ReviewerName,
    IReadOnlyList<Alternate> Alternates, ModeChoice Choice);

/// <summary>
/// The alternates of one abstract once a reviewer leaves it: the solver's scores under the weights and constraints
/// chosen on this page (by default those of the preview), everything else assigned as it is.
/// </summary>
public sealed class ReplaceQuery(AssignmentStateQuery states)
{
    public const int Shown = 5;

    public async Task<Result<ReplacePage>> PageAsync(CallInfo call, Guid submissionId, Guid reviewerId, PreviewForm form, CancellationToken cancellationToken)
    {
        var state = await states.LoadAsync(call, cancellationToken);
        var submission = state.Submissions.FirstOrDefault(s => s.Id == submissionId);
        if (submission is null || !state.IsAssigned(reviewerId, submissionId))
        {
            return Result<ReplacePage>.Invalid("That assignment no longer exists; reload the assignments page.");
        }
        var choice = ModeChoice.Parse(form);
        if (choice.Error is not null)
        {
            return Result<ReplacePage>.Invalid(choice.Error);
        }
        var kept = state.Assignments.Where(a => state.ConflictsOf(a.ReviewerId, a.SubmissionId).Count == 0 && !(a.ReviewerId == reviewerId && a.SubmissionId == submissionId))
            .Select(a => (a.ReviewerId, a.SubmissionId)).ToHashSet();
        var links = choice.Options.SeparateCoauthors || choice.Options.NoReciprocalReviews ? await states.LinksAsync(state, cancellationToken) : ReviewerLinks.None;
        var instance = SolverInput.Instance(state, kept, choice.Weights, 0, links, [(reviewerId, submissionId)]);
        try
        {
            var alternates = Replacements.For(instance, choice.Options, submissionId.ToString(), Shown)
                .Select(a => Guid.Parse(a.Reviewer) is var id ? new Alternate(id, state.NameOf(id), a.Score, state.LoadOf(id), state.MaxLoadOf(state.Member(id)!)) : null!)
                .ToList();
            return new ReplacePage(call, submissionId, submission.Number, submission.Title, reviewerId, state.NameOf(reviewerId), alternates, choice);
        }
        catch (AssignmentInputException e)
        {
            return Result<ReplacePage>.Invalid($"The alternates could not be computed: {e.Message}");
        }
    }
}
