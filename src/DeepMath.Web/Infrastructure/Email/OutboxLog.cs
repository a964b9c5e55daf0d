using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>
/// The outbox's messages, read-only, for modules that show or pace what they queued: an IQueryable over the
/// request's one DbContext, so a module can join it to its own tables in one SQL statement.
/// </summary>
public sealed class OutboxLog(DeepMathDbContext db)
{
    public IQueryable<OutboxMessage> Messages => db.OutboxMessages.AsNoTracking();
}
