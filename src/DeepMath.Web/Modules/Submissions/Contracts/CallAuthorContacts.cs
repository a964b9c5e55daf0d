using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Contracts;

/// <summary>The Submissions module's face for organizers' messages: the authors of a call's submitted abstracts, each address once.</summary>
public sealed class CallAuthorContacts(ISubmissionsData db)
{
    public async Task<IReadOnlyList<(string Email, string Name)>> SubmittedAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken = default)
    {
        var lists = await db.Submissions.AsNoTracking()
            .Where(s => callIds.Contains(s.CallId) && s.State == SubmissionState.Submitted)
            .OrderBy(s => s.Number)
            .Select(s => s.Authors)
            .ToListAsync(cancellationToken);
        return [.. lists.SelectMany(a => a.OrderBy(x => x.Position))
            .Where(a => a.Email.Trim().Length > 0)
            .DistinctBy(a => a.Email.Trim().ToLowerInvariant())
            .Select(a => (a.Email.Trim(), a.Name))];
    }
}
