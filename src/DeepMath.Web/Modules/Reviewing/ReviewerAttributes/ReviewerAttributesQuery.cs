using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.ReviewerAttributes;

/// <summary>One committee member's attributes as the table shows them; <paramref name="Affiliation"/> stands in for an empty institution.</summary>
public sealed record MemberAttributes(Guid ReviewerId, string Name, string Email, bool Senior, string? Institution, string? Affiliation, string? Country);

/// <param name="Csv">Pasted lines to show again after a refused import.</param>
public sealed record AttributesPage(CallInfo Call, IReadOnlyList<MemberAttributes> Members, string? Csv);

/// <summary>The committee with its attributes, by name.</summary>
public sealed class ReviewerAttributesQuery(IReviewingData db, AccountDirectory accounts)
{
    public async Task<AttributesPage> PageAsync(CallInfo call, string? csv, CancellationToken cancellationToken)
    {
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == call.CallId).ToListAsync(cancellationToken);
        var contacts = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId);
        var members = reviewers
            .Select(r => (r, c: contacts.GetValueOrDefault(r.UserId)))
            .Select(x => new MemberAttributes(x.r.Id, x.c?.DisplayName ?? "(account removed)", x.c?.Email ?? string.Empty, x.r.Senior,
                x.r.Institution, x.r.Affiliations.FirstOrDefault(), x.r.Country))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new AttributesPage(call, members, csv);
    }
}
