using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Organizers;

public sealed record OrganizersPage(string Slug, string Title, IReadOnlyList<AccountContact> Organizers);

/// <summary>An event's organizers: listed, named by the e-mail of their account, removed. The caller is a site admin.</summary>
public sealed class OrganizersHandler(IEventsData db, AccountDirectory accounts, TimeProvider clock)
{
    public async Task<Result<OrganizersPage>> PageAsync(string slug, CancellationToken cancellationToken) =>
        await FindAsync(slug, cancellationToken) is { } ev ? await PageAsync(ev, cancellationToken) : Result<OrganizersPage>.NotFound();

    /// <returns>The organizer's name; errors are keyed "email", the form's field.</returns>
    public async Task<Result<string>> AddAsync(string slug, string? email, CancellationToken cancellationToken)
    {
        var ev = await FindAsync(slug, cancellationToken);
        if (ev is null)
        {
            return Result<string>.NotFound();
        }
        var contact = string.IsNullOrWhiteSpace(email) ? null : await accounts.FindByEmailAsync(email, cancellationToken);
        if (contact is null)
        {
            return Result<string>.Invalid("email", string.IsNullOrWhiteSpace(email)
                ? "Enter the e-mail address of the account to name as organizer."
                : $"No account uses {email}. Ask them to create an account first.");
        }
        if (!await db.EventOrganizers.AnyAsync(o => o.EventId == ev.Id && o.UserId == contact.UserId, cancellationToken))
        {
            db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = contact.UserId, AddedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
        return $"{contact.DisplayName} is an organizer of {ev.Title}.";
    }

    public async Task<Result> RemoveAsync(string slug, string userId, CancellationToken cancellationToken)
    {
        var ev = await FindAsync(slug, cancellationToken);
        if (ev is null)
        {
            return Result.NotFound();
        }
        await db.EventOrganizers.Where(o => o.EventId == ev.Id && o.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return Result.Success();
    }

    private Task<Event?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);

    private async Task<OrganizersPage> PageAsync(Event ev, CancellationToken cancellationToken)
    {
        var ids = await db.EventOrganizers.Where(o => o.EventId == ev.Id).Select(o => o.UserId).ToListAsync(cancellationToken);
        return new OrganizersPage(ev.Slug, ev.Title, await accounts.ContactsAsync(ids, cancellationToken));
    }
}
