using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Notify;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

public sealed record ReviewView(string Reviewer, ReviewRecord Review);

public sealed record ChangeView(string? From, string To, string By, DateTimeOffset At, string Via);

public sealed record SubmissionDetailPage(CallInfo Call, SubmissionDetails Submission, ReviewForm Form, IReadOnlyList<ReviewView> Reviews,
    IReadOnlyList<string> PendingReviewers, Decision? Decision, IReadOnlyList<ChangeView> Changes, IReadOnlyList<DecisionOutcome> Outcomes,
    IReadOnlyList<Delivery> Deliveries);

/// <summary>A row of the table opened: the submission, every review in full, the decision with its history and deliveries.</summary>
public sealed class SubmissionDetailQuery(IDecisionsData db, SubmissionCatalog catalog, CallReviews reviews, ReviewScores scores,
    AccountDirectory accounts, OutcomeCatalog outcomes, DeliveryQuery deliveries)
{
    public async Task<SubmissionDetailPage?> PageAsync(CallInfo call, Guid submissionId, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(submissionId, cancellationToken) is not { } submission || submission.CallId != call.CallId
            || submission.State == SubmissionState.Draft)
        {
            return null;
        }
        var submitted = await reviews.SubmittedAsync(call.CallId, submissionId, cancellationToken);
        var assigned = await reviews.AssignedReviewerUserIdsAsync(submissionId, cancellationToken);
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.SubmissionId == submissionId, cancellationToken);
        var changes = await db.DecisionChanges.AsNoTracking().Where(c => c.SubmissionId == submissionId).OrderByDescending(c => c.ChangedAt).ToListAsync(cancellationToken);
        var people = (await accounts.ContactsAsync(submitted.Select(r => r.ReviewerUserId).Concat(assigned).Concat(changes.Select(c => c.ChangedBy)), cancellationToken))
            .ToDictionary(c => c.UserId);
        string Name(string id) => people.TryGetValue(id, out var c) ? $"{c.DisplayName} <{c.Email}>" : "a former account";
        var known = await outcomes.ForCallAsync(call.CallId, cancellationToken);
        return new SubmissionDetailPage(call, submission, await scores.FormAsync(call.CallId, cancellationToken),
            [.. submitted.Select(r => new ReviewView(Name(r.ReviewerUserId), r))],
            [.. assigned.Except(submitted.Select(r => r.ReviewerUserId)).Select(Name)],
            decision,
            [.. changes.Select(c => new ChangeView(c.FromOutcome is null ? null : OutcomeCatalog.LabelOf(known, c.FromOutcome), OutcomeCatalog.LabelOf(known, c.ToOutcome), Name(c.ChangedBy), c.ChangedAt, c.Via))],
            known,
            await deliveries.ForCall(call.CallId).Where(d => d.SubmissionId == submissionId).OrderBy(d => d.QueuedAt).ToListAsync(cancellationToken));
    }
}
