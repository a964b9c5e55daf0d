using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Contracts;

/// <summary>A submitted abstract with its authors. The authors are for conflict checks only, never for a reviewer's eyes.</summary>
public sealed record SubmissionWithAuthors(Guid Id, int Number, string Title, IReadOnlyList<string> Topics, string Abstract, IReadOnlyList<AuthorDetails> Authors);

/// <summary>One submission's authors' e-mails, lower-cased: evidence of who has written with whom.</summary>
public sealed record AuthorGroup(Guid SubmissionId, IReadOnlyList<string> Emails);

/// <summary>The Submissions module's public face for review: what is under review in a call, and who wrote with whom.</summary>
public sealed class SubmissionAuthorsQuery(ISubmissionsData db)
{
    /// <summary>The abstracts of a call open to review (submitted and held back by nothing, see <see cref="ReviewHold"/>), by number.</summary>
    public async Task<IReadOnlyList<SubmissionWithAuthors>> SubmittedAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.CallId == callId)
            .OpenToReview(db.SubmissionPdfs)
            .OrderBy(s => s.Number)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s => new SubmissionWithAuthors(s.Id, s.Number, s.Title, s.Topics, s.Abstract,
            [.. s.OrderedAuthors().Select(a => new AuthorDetails(a.Name, a.Email, a.Affiliation))]))];
    }

    /// <summary>
    /// Every submission in the system, in any call and any state, that lists one of <paramref name="emails"/>
    /// as an author: a draft or a withdrawn abstract written together is still a collaboration.
    /// </summary>
    public async Task<IReadOnlyList<AuthorGroup>> GroupsListingAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default)
    {
        var wanted = emails.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }
        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.Authors.Any(a => wanted.Contains(a.Email.ToLower())))
            .Select(s => new { s.Id, Emails = s.Authors.Select(a => a.Email).ToList() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AuthorGroup(r.Id, [.. r.Emails.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).Distinct()]))];
    }
}
