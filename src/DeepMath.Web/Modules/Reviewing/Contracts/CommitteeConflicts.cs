using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>A member of a call's committee as authors see them to declare conflicts: name and affiliations only.</summary>
public sealed record CommitteeMemberListing(Guid ReviewerId, string Name, string Affiliations);

/// <summary>
/// The Reviewing module's public face for authors' declared conflicts: who sits on a call's committee,
/// and which members a submission's authors declare a conflict with. Declared conflicts hold everywhere.
/// </summary>
public sealed class CommitteeConflicts(DeepMathDbContext db, AccountDirectory accounts, TimeProvider clock)
{
    public async Task<IReadOnlyList<CommitteeMemberListing>> MembersAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == callId)
            .Select(r => new { r.Id, r.UserId, r.Affiliations }).ToListAsync(cancellationToken);
        var names = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId, c => c.DisplayName);
        return [.. reviewers.Where(r => names.ContainsKey(r.UserId))
            .Select(r => new CommitteeMemberListing(r.Id, names[r.UserId], string.Join("; ", r.Affiliations)))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<IReadOnlySet<Guid>> DeclaredAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        (await db.AuthorConflicts.AsNoTracking().Where(c => c.SubmissionId == submissionId).Select(c => c.ReviewerId).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Makes the submission's declared conflicts exactly <paramref name="reviewerIds"/>, among the call's current members.</summary>
    /// <returns>How many conflicts are declared now, or null when an id is not a member of the call's committee.</returns>
    public async Task<int?> ReplaceAsync(Guid callId, Guid submissionId, IReadOnlyCollection<Guid> reviewerIds, string userId,
        CancellationToken cancellationToken = default)
    {
        var wanted = reviewerIds.ToHashSet();
        var members = await db.Reviewers.AsNoTracking().Where(r => r.CallId == callId && wanted.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        if (members.Count != wanted.Count)
        {
            return null;
        }
        var existing = await db.AuthorConflicts.Where(c => c.SubmissionId == submissionId).ToListAsync(cancellationToken);
        db.AuthorConflicts.RemoveRange(existing.Where(c => !wanted.Contains(c.ReviewerId)));
        var now = clock.GetUtcNow();
        foreach (var id in wanted.Where(id => existing.All(c => c.ReviewerId != id)))
        {
            db.AuthorConflicts.Add(new AuthorConflict { SubmissionId = submissionId, ReviewerId = id, DeclaredAt = now, DeclaredBy = userId });
        }
        await db.SaveChangesAsync(cancellationToken);
        return wanted.Count;
    }
}
