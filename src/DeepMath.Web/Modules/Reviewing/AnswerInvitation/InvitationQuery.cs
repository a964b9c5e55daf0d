using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Invitations;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.AnswerInvitation;

public sealed record OpenedInvitation(ReviewerInvitation Invitation, CallInfo Call);

/// <summary>The invitation a signed link names, with its call; null for a token that is not valid or names nothing.</summary>
public sealed class InvitationQuery(IReviewingData db, InvitationTokens tokens, CallOverview calls)
{
    public async Task<OpenedInvitation?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var id = tokens.Read(token);
        var invitation = id is null ? null : await db.ReviewerInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return invitation is not null && await calls.FindAsync(invitation.CallId, cancellationToken) is { } call ? new OpenedInvitation(invitation, call) : null;
    }
}
