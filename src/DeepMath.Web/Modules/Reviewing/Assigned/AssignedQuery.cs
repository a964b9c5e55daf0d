using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assigned;

/// <summary>One submission a reviewer is assigned, blinded: nothing here can name an author.</summary>
public sealed record AssignedRow(Guid SubmissionId, int Number, string Title, IReadOnlyList<string> Topics, string Abstract);

/// <summary>
/// The submissions assigned to a reviewer that they may open: submitted, and kept from them by no conflict
/// (a conflict found after the assignment closes the door too). Anything else is answered with 404.
/// </summary>
public sealed class AssignedQuery(DeepMathDbContext db, CallConflicts conflicts)
{
    public async Task<IReadOnlyList<AssignedRow>> ListAsync(ReviewingAccess.Membership member, CancellationToken cancellationToken)
    {
        var assigned = await db.Assignments.AsNoTracking().Where(a => a.ReviewerId == member.Reviewer.Id).Select(a => a.SubmissionId).ToListAsync(cancellationToken);
        if (assigned.Count == 0)
        {
            return [];
        }
        var findings = await conflicts.FindAsync(member.Call.CallId, [member.Reviewer], cancellationToken);
        return [.. findings.OpenTo(member.Reviewer.Id).Where(s => assigned.Contains(s.Id))
            .Select(s => new AssignedRow(s.Id, s.Number, s.Title, s.Topics, s.Abstract))];
    }

    public async Task<AssignedRow?> FindAsync(ReviewingAccess.Membership member, Guid submissionId, CancellationToken cancellationToken) =>
        await db.Assignments.AnyAsync(a => a.ReviewerId == member.Reviewer.Id && a.SubmissionId == submissionId, cancellationToken)
            ? (await ListAsync(member, cancellationToken)).FirstOrDefault(r => r.SubmissionId == submissionId)
            : null;
}
