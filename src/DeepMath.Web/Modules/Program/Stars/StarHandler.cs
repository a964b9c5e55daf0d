using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Program.Published;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.Stars;

/// <summary>Stars or unstars a session or item of the released program for the signed-in reader; doing it twice changes nothing.</summary>
public sealed class StarHandler(PublishedProgramQuery published, IProgramData db, TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(string slug, string userId, StarForm form, CancellationToken cancellationToken)
    {
        if (await published.FindAsync(slug, cancellationToken) is not { } program)
        {
            return Result<string>.NotFound();
        }
        var eventId = program.Event.EventId;
        var existing = await db.ProgramStars.SingleOrDefaultAsync(s => s.EventId == eventId && s.UserId == userId && s.TargetId == form.TargetId, cancellationToken);
        var title = program.Session(form.TargetId)?.Title ?? program.Item(form.TargetId)?.Item.Title;
        if (!form.Star)
        {
            if (existing is not null)
            {
                db.ProgramStars.Remove(existing);
                await db.SaveChangesAsync(cancellationToken);
            }
            return title is null ? "It is no longer in your schedule." : $"“{title}” is no longer in your schedule.";
        }
        if (title is null)
        {
            return Result<string>.Invalid("This session or talk is not in the published program any more. Reload the program and star it there.");
        }
        if (existing is null)
        {
            db.ProgramStars.Add(new ProgramStar { EventId = eventId, UserId = userId, TargetId = form.TargetId, StarredAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A double click starred it in the other request: the reader has what they asked for; anything else is a real failure.
                if (!await db.ProgramStars.AsNoTracking().AnyAsync(s => s.EventId == eventId && s.UserId == userId && s.TargetId == form.TargetId, cancellationToken))
                {
                    throw;
                }
            }
        }
        return $"“{title}” is in your schedule.";
    }
}
