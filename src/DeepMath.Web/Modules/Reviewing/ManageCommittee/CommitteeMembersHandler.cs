using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeepMath.Web.Modules.Reviewing.ManageCommittee;

/// <summary>Adds an existing account to a call's committee, or removes a member (their bids and rulings go with them).</summary>
public sealed class CommitteeMembersHandler(IReviewingData db, AccountDirectory accounts, TimeProvider clock)
{
    /// <returns>What to tell the organizer; invalid on the "email" field when no account uses the address.</returns>
    public async Task<Result<string>> AddAsync(CallInfo call, string? email, string addedBy, CancellationToken cancellationToken)
    {
        var contact = string.IsNullOrWhiteSpace(email) ? null : await accounts.FindByEmailAsync(email, cancellationToken);
        if (contact is null)
        {
            return Result<string>.Invalid("email", string.IsNullOrWhiteSpace(email)
                ? "Enter the e-mail address of the account to add as a reviewer."
                : $"No account uses {email.Trim()}. Invite them by e-mail instead, below.");
        }
        if (await db.Reviewers.AnyAsync(r => r.CallId == call.CallId && r.UserId == contact.UserId, cancellationToken))
        {
            return $"{contact.DisplayName} is already a reviewer of this call.";
        }
        db.Reviewers.Add(new Reviewer { CallId = call.CallId, UserId = contact.UserId, AddedAt = clock.GetUtcNow(), AddedBy = addedBy });
        await db.SaveChangesAsync(cancellationToken);
        return $"{contact.DisplayName} is a reviewer of the {call.CallTitle}.";
    }

    public async Task<Result<string>> RemoveAsync(Guid callId, Guid reviewerId, CancellationToken cancellationToken)
    {
        if (await WhyKeptAsync(callId, reviewerId, cancellationToken) is { } kept)
        {
            return Result<string>.Invalid(kept);
        }
        try
        {
            return await db.Reviewers.Where(r => r.CallId == callId && r.Id == reviewerId).ExecuteDeleteAsync(cancellationToken) == 0
                ? Result<string>.Invalid("That reviewer is no longer on the committee.")
                : "The reviewer is removed, with their bids and conflict rulings.";
        }
        catch (Exception e) when ((e as PostgresException ?? e.InnerException as PostgresException)?.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A review begun between the check and the delete: the database keeps it, and the organizer gets the same answer.
            return Result<string>.Invalid(await WhyKeptAsync(callId, reviewerId, cancellationToken) ?? "The reviewer could not be removed; reload the page and try again.");
        }
    }

    /// <summary>
    /// Why a member must stay on the committee, or null when they may leave: reviews they wrote (drafts included) are part
    /// of the call's record, and the database refuses to delete a member who has any. Says what the organizer can do instead.
    /// </summary>
    public async Task<string?> WhyKeptAsync(Guid callId, Guid reviewerId, CancellationToken cancellationToken)
    {
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.CallId == callId && r.ReviewerId == reviewerId)
            .Select(r => new { r.SubmissionId, Submitted = r.SubmittedAt != null }).ToListAsync(cancellationToken);
        if (reviews.Count == 0)
        {
            return null;
        }
        var userId = await db.Reviewers.AsNoTracking().Where(r => r.Id == reviewerId).Select(r => r.UserId).SingleOrDefaultAsync(cancellationToken);
        var name = userId is null ? "This reviewer" : (await accounts.ContactsAsync([userId], cancellationToken)).FirstOrDefault()?.DisplayName ?? "This reviewer";
        var reviewed = reviews.Select(r => r.SubmissionId).ToHashSet();
        var unstarted = await db.Assignments.AsNoTracking()
            .CountAsync(a => a.CallId == callId && a.ReviewerId == reviewerId && !reviewed.Contains(a.SubmissionId), cancellationToken);
        var submitted = reviews.Count(r => r.Submitted);
        var written = $"{name} has written {Counted.Of(reviews.Count, "review")} for this call ({submitted} submitted, {reviews.Count - submitted} in draft); "
            + "reviews stay part of the record, so their author stays on the committee.";
        var instead = unstarted == 0
            ? " They have no unstarted assignments, so they get no more work unless you assign it to them."
            : $" Instead, on the assignments page, take them off the {Counted.Of(unstarted, "abstract")} they have not started: "
                + "\"replace\" hands each to one of its alternates, \"remove\" takes it away. Their written reviews stay.";
        return written + instead;
    }
}
