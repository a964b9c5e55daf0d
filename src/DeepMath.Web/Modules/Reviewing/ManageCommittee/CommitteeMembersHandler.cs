using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

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

    public async Task<Result<string>> RemoveAsync(Guid callId, Guid reviewerId, CancellationToken cancellationToken) =>
        await db.Reviewers.Where(r => r.CallId == callId && r.Id == reviewerId).ExecuteDeleteAsync(cancellationToken) == 0
            ? Result<string>.Invalid("That reviewer is no longer on the committee.")
            : "The reviewer is removed, with their bids and conflict rulings.";
}
