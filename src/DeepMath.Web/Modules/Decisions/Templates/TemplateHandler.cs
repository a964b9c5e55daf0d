using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Emails;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Templates;

/// <summary>Checks, saves, previews and test-sends a notification template.</summary>
public sealed class TemplateHandler(IDecisionsData db, NotificationComposer composer, SubmissionCatalog catalog, IOutbox outbox, AccountDirectory accounts, TimeProvider clock)
{
    /// <summary>Errors keyed by field: "Subject", "Body", and "" for placeholders in either.</summary>
    public static Result Validate(string? subject, string? body)
    {
        var errors = new ErrorList();
        if (string.IsNullOrWhiteSpace(subject))
        {
            errors.Add(nameof(TemplateForm.Subject), "Write a subject that says what happened and what to do, such as \"{event}: abstract {number} accepted as a poster — register by {registration_deadline}\".");
        }
        else if (subject.Length > NotificationTemplate.SubjectMaxLength)
        {
            errors.Add(nameof(TemplateForm.Subject), $"The subject is {subject.Length} characters long; shorten it to at most {NotificationTemplate.SubjectMaxLength}.");
        }
        else if (subject.Contains("received", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(nameof(TemplateForm.Subject), "The subject must not read like the submission receipt (\"… received\"): say what was decided, so that nobody files it away unread.");
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add(nameof(TemplateForm.Body), "Write the message's text; {reviews} puts in the reviewers' comments.");
        }
        else if (body.Length > NotificationTemplate.BodyMaxLength)
        {
            errors.Add(nameof(TemplateForm.Body), $"The text is {body.Length} characters long; shorten it to at most {NotificationTemplate.BodyMaxLength}.");
        }
        var unknown = Placeholders.Unknown((subject ?? string.Empty) + " " + (body ?? string.Empty));
        if (unknown.Count > 0)
        {
            errors.Add($"Unknown placeholder(s) {string.Join(", ", unknown.Select(u => "{" + u + "}"))}: use only {string.Join(", ", Placeholders.Described.Keys.Select(k => "{" + k + "}"))}.");
        }
        return errors.ToResult();
    }

    /// <summary>
    /// Sends the template as typed to the organizer themself, written for submission <paramref name="number"/> (or the first with
    /// the outcome); the template is not saved. Succeeds with the status line to show.
    /// </summary>
    public async Task<Result<string>> SendTestAsync(CallInfo call, DecisionOutcome outcome, string subject, string body, int? number, string userId, CancellationToken cancellationToken)
    {
        var me = (await accounts.ContactsAsync([userId], cancellationToken)).FirstOrDefault();
        var target = await PreviewSubmissionAsync(call.CallId, outcome.Key, number, cancellationToken);
        if (target is null)
        {
            return Result<string>.Invalid("There is no submitted abstract to write the test for; the test needs one.");
        }
        if (me is null)
        {
            return Result<string>.Invalid("Your account has no e-mail address.");
        }
        var message = await RenderAsync(call, target.Id, outcome, subject, body, (me.Email, me.DisplayName), test: true, cancellationToken);
        await outbox.QueueAsync(message!, $"decision-test:{Guid.NewGuid():N}", cancellationToken, call.EventId);
        await db.SaveChangesAsync(cancellationToken);
        return $"A test for abstract {target.Number} is on its way to {me.Email}. The template itself is not saved yet.";
    }

    public async Task SaveAsync(Guid callId, string outcomeKey, string subject, string body, string userId, CancellationToken cancellationToken)
    {
        var template = await db.NotificationTemplates.SingleOrDefaultAsync(t => t.CallId == callId && t.OutcomeKey == outcomeKey, cancellationToken);
        if (template is null)
        {
            template = new NotificationTemplate { CallId = callId, OutcomeKey = outcomeKey, Subject = subject, Body = body };
            db.NotificationTemplates.Add(template);
        }
        template.Subject = subject.Trim();
        template.Body = body.Replace("\r\n", "\n", StringComparison.Ordinal);
        template.UpdatedBy = userId;
        template.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The submission a preview is written for: the one numbered, else the first with this outcome, else the first submitted.</summary>
    public async Task<PreviewSubmission?> PreviewSubmissionAsync(Guid callId, string outcomeKey, int? number, CancellationToken cancellationToken)
    {
        var submitted = catalog.InCall(callId).Where(s => s.State == SubmissionState.Submitted);
        var pick = number is { } n
            ? await submitted.Where(s => s.Number == n).Select(s => new { s.Id, s.Number }).FirstOrDefaultAsync(cancellationToken)
            : await submitted.Where(s => db.Decisions.Any(d => d.SubmissionId == s.Id && d.OutcomeKey == outcomeKey)).OrderBy(s => s.Number).Select(s => new { s.Id, s.Number }).FirstOrDefaultAsync(cancellationToken)
              ?? await submitted.OrderBy(s => s.Number).Select(s => new { s.Id, s.Number }).FirstOrDefaultAsync(cancellationToken);
        return pick is null ? null : new PreviewSubmission(pick.Id, pick.Number);
    }

    public async Task<EmailMessage?> RenderAsync(CallInfo call, Guid submissionId, DecisionOutcome outcome, string subject, string body, (string Email, string Name)? to,
        bool test, CancellationToken cancellationToken)
    {
        if (await composer.ContextAsync(call.CallId, cancellationToken) is not { } context)
        {
            return null;
        }
        var presenter = to ?? (await catalog.FindAsync(submissionId, cancellationToken) is { Authors.Count: > 0 } s ? (s.Authors[0].Email, s.Authors[0].Name) : ("author@example.org", "Author"));
        var composed = await composer.ComposeAsync(context, [(submissionId, outcome.Key)], cancellationToken, presenter, (subject, body), test);
        return composed.Count == 0 ? null : composed[0].Message;
    }
}
