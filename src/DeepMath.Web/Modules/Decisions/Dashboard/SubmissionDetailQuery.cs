using DeepMath.Web.Infrastructure.Email;
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

/// <summary>An e-mail queued for one of the submission's authors, as the outbox holds it.</summary>
public sealed record MessageView(string To, string Subject, DateTimeOffset QueuedAt, string State, DateTimeOffset? SentAt);

/// <summary>The neighbours of a submission in the list's order (by number), for previous and next.</summary>
public sealed record Neighbours(Guid? Previous, int? PreviousNumber, Guid? Next, int? NextNumber);

public sealed record SubmissionDetailPage(CallInfo Call, SubmissionDetails Submission, ReviewForm Form, IReadOnlyList<ReviewView> Reviews,
    IReadOnlyList<string> PendingReviewers, Decision? Decision, IReadOnlyList<ChangeView> Changes, IReadOnlyList<DecisionOutcome> Outcomes,
    IReadOnlyList<Delivery> Deliveries)
{
    public IReadOnlyList<PdfVersionListing> Versions { get; init; } = [];
    public SubmissionReviewingView Reviewing { get; init; } = new([], [], []);
    public IReadOnlyList<MessageView> Messages { get; init; } = [];
    public Neighbours Neighbours { get; init; } = new(null, null, null, null);
}

/// <summary>A row of the table opened: the submission, every review in full, the decision with its history and deliveries.</summary>
public sealed class SubmissionDetailQuery(IDecisionsData db, SubmissionCatalog catalog, CallReviews reviews, ReviewScores scores,
    AccountDirectory accounts, OutcomeCatalog outcomes, DeliveryQuery deliveries, SubmissionFiles files, SubmissionReviewing reviewing, IOutbox outbox)
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
            await deliveries.ForCall(call.CallId).Where(d => d.SubmissionId == submissionId).OrderBy(d => d.QueuedAt).ToListAsync(cancellationToken))
        {
            Versions = await files.VersionsAsync(submissionId, cancellationToken),
            Reviewing = await reviewing.ForAsync(call.CallId, submissionId, cancellationToken),
            Messages = await MessagesAsync(call, submission, cancellationToken),
            Neighbours = await NeighboursAsync(call, submission.Number, cancellationToken),
        };
    }

    /// <summary>What the outbox holds for the submission's authors from this event, newest first (a person with two abstracts sees both's mail).</summary>
    private async Task<IReadOnlyList<MessageView>> MessagesAsync(CallInfo call, SubmissionDetails submission, CancellationToken cancellationToken)
    {
        var addresses = submission.Authors.Select(a => a.Email.ToLowerInvariant()).Distinct().ToList();
        var rows = await outbox.Messages.Where(m => m.EventId == call.EventId && addresses.Contains(m.ToAddress.ToLower()))
            .OrderByDescending(m => m.CreatedAt).Take(100)
            .Select(m => new { m.ToAddress, m.Subject, m.CreatedAt, m.State, m.SentAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new MessageView(m.ToAddress, m.Subject, m.CreatedAt, m.State.ToString().ToLowerInvariant(), m.SentAt))];
    }

    private async Task<Neighbours> NeighboursAsync(CallInfo call, int number, CancellationToken cancellationToken)
    {
        var previous = await catalog.InCall(call.CallId).Where(s => s.Number < number).OrderByDescending(s => s.Number).Select(s => new { s.Id, s.Number }).FirstOrDefaultAsync(cancellationToken);
        var next = await catalog.InCall(call.CallId).Where(s => s.Number > number).OrderBy(s => s.Number).Select(s => new { s.Id, s.Number }).FirstOrDefaultAsync(cancellationToken);
        return new Neighbours(previous?.Id, previous?.Number, next?.Id, next?.Number);
    }
}
