using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Program.Rules;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.Editor;

/// <summary>
/// Loads and saves an event's working copy. Every change goes through <see cref="ChangeAsync"/>: it is made
/// on the copy the organizer's page showed (its revision), and refused, with nothing saved, when it would
/// create a hard clash.
/// </summary>
public sealed class WorkingCopies(IProgramData db, TimeProvider clock)
{
    public const string StaleMessage =
        "The program was changed elsewhere (another organizer or another tab) since this page was loaded. Nothing was saved: " +
        "the page now shows the latest program, make your change again.";

    public async Task<WorkingProgram> LoadAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.WorkingPrograms.AsNoTracking().SingleOrDefaultAsync(w => w.EventId == eventId, cancellationToken)
            ?? new WorkingProgram { EventId = eventId };

    public async Task<Result> ChangeAsync(EventInfo ev, int revision, Func<DraftProgram, Result> change, CancellationToken cancellationToken)
    {
        var copy = await db.WorkingPrograms.SingleOrDefaultAsync(w => w.EventId == ev.EventId, cancellationToken);
        if (copy is null)
        {
            copy = new WorkingProgram { EventId = ev.EventId };
            db.WorkingPrograms.Add(copy);
        }
        if (copy.Revision != revision)
        {
            return Result.Invalid(StaleMessage);
        }
        var result = change(copy.Draft);
        if (!result.Succeeded)
        {
            return result;
        }
        var clashes = ProgramChecks.Clashes(SnapshotBuilder.Build(ev.EventId, ev.Zone.Id, copy.Draft));
        if (clashes.Count > 0)
        {
            return Result.Invalid(new Dictionary<string, IReadOnlyList<string>> { [string.Empty] = ["Not saved: " + clashes[0], .. clashes.Skip(1)] });
        }
        copy.Revision++;
        copy.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save won the race for this revision (or created the copy first).
            return Result.Invalid(StaleMessage);
        }
        return Result.Success();
    }
}
