using DeepMath.Assignment;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assignments;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>
/// Computes the preview of an automatic assignment in the mode the organizer picked; nothing is saved.
/// A bad mode is an error on the "mode" field (the preview is shown again in the default mode); a call
/// without abstracts or reviewers, or one the planner cannot solve, is an error on the whole form.
/// </summary>
public sealed class PreviewPlanQuery(AssignmentStateQuery states)
{
    public const string ModeField = "mode";

    /// <summary>The web never waits minutes for the fair mode: a 200-abstract call converges in well under a second.</summary>
    private static readonly TimeSpan FairTimeLimit = TimeSpan.FromSeconds(20);

    public Task<Result<PreviewPage>> PlanAsync(CallInfo call, string? mode, string? q, string? seed, CancellationToken cancellationToken) =>
        PlanAsync(call, new PreviewForm { Mode = mode, Q = q, Seed = seed }, cancellationToken);

    public async Task<Result<PreviewPage>> PlanAsync(CallInfo call, PreviewForm form, CancellationToken cancellationToken)
    {
        var state = await states.LoadAsync(call, cancellationToken);
        if (state.Submissions.Count == 0 || state.Reviewers.Count == 0)
        {
            return Result<PreviewPage>.Invalid("An assignment needs submitted abstracts and at least one reviewer on the committee.");
        }
        var choice = ModeChoice.Parse(form);
        if (choice.Error is not null)
        {
            return Result<PreviewPage>.Invalid(ModeField, choice.Error);
        }
        try
        {
            var options = choice.Options with { FairTimeLimit = FairTimeLimit };
            var links = options.SeparateCoauthors || options.NoReciprocalReviews ? await states.LinksAsync(state, cancellationToken) : null;
            return new PreviewPage(call, AssignmentPlanner.Plan(state, options, choice.Weights, choice.MinLoad, links), choice);
        }
        catch (Exception e) when (e is AssignmentInputException or AssignmentInfeasibleException)
        {
            return Result<PreviewPage>.Invalid($"The assignment could not be computed: {e.Message}");
        }
    }
}

public sealed record PreviewPage(CallInfo Call, AssignmentPlan Plan, ModeChoice Choice);
