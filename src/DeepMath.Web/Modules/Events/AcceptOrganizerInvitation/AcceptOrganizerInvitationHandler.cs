using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.Organizers;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.AcceptOrganizerInvitation;

public sealed record OrganizerInvitationPage(string Token, string Email, string EventTitle, string EventSlug, bool Accepted, bool SignedIn, string? Message = null);

/// <summary>Reads an organizer invitation by its token and makes the signed-in account an organizer of its event.</summary>
public sealed class AcceptOrganizerInvitationHandler(IEventsData db, TimeProvider clock)
{
    public async Task<OrganizerInvitationPage?> FindAsync(string token, bool signedIn, CancellationToken cancellationToken)
    {
        var hash = OrganizerInvitationTokens.Hash(token);
        return await db.OrganizerInvitations.AsNoTracking().Where(i => i.TokenHash == hash)
            .Join(db.Events, i => i.EventId, e => e.Id, (i, e) => new OrganizerInvitationPage(token, i.Email, e.Title, e.Slug, i.AcceptedAt != null, signedIn, null))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <returns>The event's slug.</returns>
    public async Task<Result<string>> AcceptAsync(string token, string userId, CancellationToken cancellationToken)
    {
        var hash = OrganizerInvitationTokens.Hash(token);
        var invitation = await db.OrganizerInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return Result<string>.NotFound();
        }
        if (invitation.AcceptedAt is not null && invitation.AcceptedByUserId != userId)
        {
            return Result<string>.Invalid("This invitation has been used already. Ask an organizer of the event to name you again.");
        }
        invitation.AcceptedAt ??= clock.GetUtcNow();
        invitation.AcceptedByUserId = userId;
        if (!await db.EventOrganizers.AnyAsync(o => o.EventId == invitation.EventId && o.UserId == userId, cancellationToken))
        {
            db.EventOrganizers.Add(new EventOrganizer { EventId = invitation.EventId, UserId = userId, AddedAt = clock.GetUtcNow() });
        }
        await db.SaveChangesAsync(cancellationToken);
        return await db.Events.Where(e => e.Id == invitation.EventId).Select(e => e.Slug).SingleAsync(cancellationToken);
    }
}
