using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.MySchedule;

/// <summary>Makes, replaces or stops a reader's secret "my schedule" subscription link for one event.</summary>
public sealed class ScheduleLinkHandler(IProgramData db, TimeProvider clock)
{
    /// <summary>A new secret for the reader's link; the previous one stops working at once. Only its hash is kept.</summary>
    public async Task<string> RenewAsync(Guid eventId, string userId, CancellationToken cancellationToken)
    {
        var secret = ScheduleToken.NewSecret();
        var token = await db.ScheduleTokens.SingleOrDefaultAsync(t => t.EventId == eventId && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            db.ScheduleTokens.Add(new ScheduleToken { EventId = eventId, UserId = userId, TokenHash = ScheduleToken.Hash(secret), CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            token.TokenHash = ScheduleToken.Hash(secret);
            token.CreatedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    public Task StopAsync(Guid eventId, string userId, CancellationToken cancellationToken) =>
        db.ScheduleTokens.Where(t => t.EventId == eventId && t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
