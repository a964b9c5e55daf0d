using System.Security.Claims;
using System.Security.Cryptography;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.AcceptOrganizerInvitation;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.Emails;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Organizers;

public sealed record PendingOrganizer(string Email, DateTimeOffset InvitedAt);

public sealed record OrganizersPage(string Slug, string Title, IReadOnlyList<AccountContact> Organizers, IReadOnlyList<PendingOrganizer> Invited, TimeZoneInfo Zone);

/// <summary>
/// An event's organizers, kept by its organizers (and site admins): listed, added by e-mail, removed. An address
/// without an account gets an invitation e-mail instead of a refusal; the last organizer cannot be removed.
/// </summary>
public sealed class OrganizersHandler(IEventsData db, EventAccess access, AccountDirectory accounts, IOutbox outbox, LinkBuilder links, TimeProvider clock)
{
    public async Task<Result<OrganizersPage>> PageAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken) =>
        await access.FindManagedAsync(user, slug, cancellationToken) is { } ev ? await PageAsync(ev, cancellationToken) : Result<OrganizersPage>.NotFound();

    /// <returns>What happened, for the status line; errors are keyed "email", the form's field.</returns>
    public async Task<Result<string>> AddAsync(ClaimsPrincipal user, string slug, string? email, CancellationToken cancellationToken)
    {
        var ev = await access.FindManagedAsync(user, slug, cancellationToken);
        if (ev is null)
        {
            return Result<string>.NotFound();
        }
        var address = email?.Trim() ?? string.Empty;
        if (address.Length == 0 || address.Length > OrganizerInvitation.EmailMaxLength || !address.Contains('@', StringComparison.Ordinal) || address.Contains(' ', StringComparison.Ordinal))
        {
            return Result<string>.Invalid("email", address.Length == 0
                ? "Enter the e-mail address of the person to name as organizer."
                : $"\"{address}\" is not an e-mail address: check it (name@university.edu).");
        }
        var contact = await accounts.FindByEmailAsync(address, cancellationToken);
        if (contact is not null)
        {
            if (!await db.EventOrganizers.AnyAsync(o => o.EventId == ev.Id && o.UserId == contact.UserId, cancellationToken))
            {
                db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = contact.UserId, AddedAt = clock.GetUtcNow() });
                await db.SaveChangesAsync(cancellationToken);
            }
            return $"{contact.DisplayName} is an organizer of {ev.Title}.";
        }
        return await InviteAsync(ev, address, user, cancellationToken);
    }

    public async Task<Result> RemoveAsync(ClaimsPrincipal user, string slug, string userId, CancellationToken cancellationToken)
    {
        var ev = await access.FindManagedAsync(user, slug, cancellationToken);
        if (ev is null)
        {
            return Result.NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var organizers = await db.EventOrganizers.Where(o => o.EventId == ev.Id).Select(o => o.UserId).ToListAsync(cancellationToken);
        if (organizers.Count == 1 && organizers[0] == userId)
        {
            return Result.Invalid("email", "This is the event's last organizer: name another organizer first, then remove this one.");
        }
        await db.EventOrganizers.Where(o => o.EventId == ev.Id && o.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>A new link each time (so that a lost mail can be sent again); the old ones keep working until one is used.</summary>
    private async Task<Result<string>> InviteAsync(Event ev, string address, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var invitation = new OrganizerInvitation
        {
            EventId = ev.Id, Email = address, TokenHash = OrganizerInvitationTokens.Hash(token), InvitedByUserId = user.UserId()!, CreatedAt = clock.GetUtcNow(),
        };
        db.OrganizerInvitations.Add(invitation);
        var url = links.Action<AcceptOrganizerInvitationController>(nameof(AcceptOrganizerInvitationController.Index), new { token });
        outbox.QueueNew(OrganizerInvitationEmail.Create(address, user.DisplayName(), ev.Title, url), $"organizer-invitation:{invitation.Id}", ev.Id);
        await db.SaveChangesAsync(cancellationToken);
        return $"{address} has no account yet: an invitation is on its way. Once they create their account with that address and open the link, they are an organizer.";
    }

    private async Task<OrganizersPage> PageAsync(Event ev, CancellationToken cancellationToken)
    {
        var ids = await db.EventOrganizers.Where(o => o.EventId == ev.Id).Select(o => o.UserId).ToListAsync(cancellationToken);
        var invited = await db.OrganizerInvitations.AsNoTracking().Where(i => i.EventId == ev.Id && i.AcceptedAt == null)
            .OrderBy(i => i.CreatedAt).Select(i => new PendingOrganizer(i.Email, i.CreatedAt)).ToListAsync(cancellationToken);
        return new OrganizersPage(ev.Slug, ev.Title, await accounts.ContactsAsync(ids, cancellationToken), invited, ev.TimeZone);
    }
}
