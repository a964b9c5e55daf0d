using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.AuthorDecision;

/// <summary>What an author sees of a decision: nothing until it is sent, then the sent outcome and the reviews' comments.</summary>
public sealed record AuthorDecisionPage(CallInfo Call, SubmissionDetails Submission, AuthorDetails Person, DecisionOutcome? Sent, DateTimeOffset? SentAt,
    IReadOnlyList<ReviewForAuthors> Reviews, EventInfo? Dates, PresenterSlot? Slot = null);

public sealed class AuthorDecisionQuery(IDecisionsData db, SubmissionCatalog catalog, CallOverview calls, AccountDirectory accounts,
    ReviewsForAuthors reviews, OutcomeCatalog outcomes, EventCalendar events, PresenterSlots slots)
{
    /// <summary>Null unless <paramref name="user"/> owns the submission or is listed on it under their confirmed e-mail.</summary>
    public async Task<AuthorDecisionPage?> PageAsync(ClaimsPrincipal user, Guid submissionId, CancellationToken cancellationToken)
    {
        if (user.UserId() is not { } userId || await catalog.FindAsync(submissionId, cancellationToken) is not { } submission
            || await calls.FindAsync(submission.CallId, cancellationToken) is not { } call)
        {
            return null;
        }
        var email = user.HasConfirmedEmail() ? (await accounts.ContactsAsync([userId], cancellationToken)).FirstOrDefault()?.Email : null;
        var listed = email is null ? null : submission.Authors.FirstOrDefault(a => string.Equals(a.Email.Trim(), email, StringComparison.OrdinalIgnoreCase));
        if (submission.OwnerId != userId && listed is null)
        {
            return null;
        }
        var person = listed ?? (submission.Authors.Count > 0 ? submission.Authors[0] : new AuthorDetails(user.DisplayName(), email ?? string.Empty, string.Empty));
        var decision = await db.Decisions.AsNoTracking().Where(d => d.SubmissionId == submissionId && d.SentAt != null)
            .Select(d => new { d.SentOutcomeKey, d.SentAt }).SingleOrDefaultAsync(cancellationToken);
        if (decision is null)
        {
            return new AuthorDecisionPage(call, submission, person, null, null, [], null);
        }
        var known = await outcomes.ForCallAsync(call.CallId, cancellationToken);
        var outcome = known.FirstOrDefault(o => o.Key == decision.SentOutcomeKey) ?? new DecisionOutcome(decision.SentOutcomeKey!, decision.SentOutcomeKey!, false);
        return new AuthorDecisionPage(call, submission, person, outcome, decision.SentAt, await reviews.ForSubmissionAsync(submissionId, cancellationToken),
            await events.FindAsync(call.EventId, cancellationToken), outcome.Accepts ? await slots.ForSubmissionAsync(call.EventId, submissionId, cancellationToken) : null);
    }
}
