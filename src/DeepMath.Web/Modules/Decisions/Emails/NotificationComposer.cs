using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Decisions.AuthorDecision;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Emails;

/// <summary>Everything a call's notifications are written from, loaded once per batch.</summary>
public sealed record NotificationContext(CallInfo Call, EventInfo? Dates, IReadOnlyList<DecisionOutcome> Outcomes,
    IReadOnlyDictionary<string, NotificationTemplate> Templates)
{
    public (string Subject, string Body) TemplateFor(DecisionOutcome outcome) =>
        Templates.TryGetValue(outcome.Key, out var t) ? (t.Subject, t.Body) : (DefaultTemplates.Subject(outcome), DefaultTemplates.Body(outcome));

    public DecisionOutcome OutcomeOf(string key) => Outcomes.FirstOrDefault(o => o.Key == key) ?? new DecisionOutcome(key, key, false);
}

/// <summary>One listed author's message about one submission's decision.</summary>
public sealed record ComposedNotice(Guid SubmissionId, string Email, string Name, EmailMessage Message);

/// <summary>Writes notifications for a batch of decisions in a few queries: submissions, authors and reviews are loaded together.</summary>
public sealed class NotificationComposer(IDecisionsData db, CallOverview calls, EventCalendar events, SubmissionCatalog catalog,
    ReviewsForAuthors reviews, OutcomeCatalog outcomes, LinkBuilder links)
{
    public async Task<NotificationContext?> ContextAsync(Guid callId, CancellationToken cancellationToken)
    {
        if (await calls.FindAsync(callId, cancellationToken) is not { } call)
        {
            return null;
        }
        var templates = await db.NotificationTemplates.AsNoTracking().Where(t => t.CallId == callId).ToDictionaryAsync(t => t.OutcomeKey, cancellationToken);
        return new NotificationContext(call, await events.FindAsync(call.EventId, cancellationToken), await outcomes.ForCallAsync(callId, cancellationToken), templates);
    }

    /// <param name="onlyTo">When set, one message addressed to this person (a preview, a test or a resend), for the first submission only.</param>
    /// <param name="test">Marks the subject as a test.</param>
    public async Task<IReadOnlyList<ComposedNotice>> ComposeAsync(NotificationContext context, IReadOnlyList<(Guid SubmissionId, string OutcomeKey)> items,
        CancellationToken cancellationToken, (string Email, string Name)? onlyTo = null, (string Subject, string Body)? template = null, bool test = false)
    {
        var ids = items.Select(i => i.SubmissionId).ToList();
        var details = (await catalog.DetailsAsync(context.Call.CallId, ids, cancellationToken)).ToDictionary(d => d.Id);
        var comments = await reviews.ForSubmissionsAsync(ids, cancellationToken);
        var registrationUrl = links.RegisterFor(context.Call.EventSlug);
        var composed = new List<ComposedNotice>();
        foreach (var (submissionId, outcomeKey) in items)
        {
            if (!details.TryGetValue(submissionId, out var submission) || (onlyTo is null && submission.State != SubmissionState.Submitted))
            {
                continue;
            }
            var outcome = context.OutcomeOf(outcomeKey);
            var (subject, body) = template ?? context.TemplateFor(outcome);
            var submissionUrl = links.Action<AuthorDecisionController>(nameof(AuthorDecisionController.Index), new { id = submissionId });
            var reviewList = comments.TryGetValue(submissionId, out var list) ? list : [];
            IEnumerable<(string Email, string Name)> recipients = onlyTo is { } me
                ? [me]
                : submission.Authors.Where(a => !string.IsNullOrWhiteSpace(a.Email))
                    .Select(a => (Email: a.Email.Trim(), Name: a.Name))
                    .DistinctBy(a => a.Email.ToLowerInvariant());
            foreach (var (email, name) in recipients)
            {
                var values = NotificationValues.For(context.Call, context.Dates, submission, outcome, reviewList, name, registrationUrl, submissionUrl);
                composed.Add(new ComposedNotice(submissionId, email, name, DecisionEmail.Create(subject, body, values, email, name, submissionUrl, test)));
            }
            if (onlyTo is not null)
            {
                break;
            }
        }
        return composed;
    }
}
