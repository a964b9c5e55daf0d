using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.Book.Jobs;

/// <summary>
/// Every minute, for each event with a released program: hashes the book's input (release, titles, authors,
/// abstracts) and queues a build once that hash has stood still for <see cref="Quiet"/>: a release or an edited
/// abstract is picked up without either module having to call here, a burst of edits gives one build, and an
/// unchanged input is never rebuilt.
/// </summary>
[AutomaticRetry(Attempts = 0)]
[OneRunAtATime]
public sealed class CheckBooksJob(IProgramData db, BookInputQuery inputs, IJobScheduler jobs, TimeProvider clock)
{
    public const string RecurringId = "program-book-check";
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(20);

    /// <returns>The events whose book was queued for building.</returns>
    public async Task<IReadOnlyList<Guid>> RunAsync(CancellationToken cancellationToken)
    {
        var eventIds = await db.ProgramReleases.AsNoTracking().Select(r => r.EventId).Distinct().ToListAsync(cancellationToken);
        var queued = new List<Guid>();
        foreach (var eventId in eventIds)
        {
            if (await CheckAsync(eventId, cancellationToken))
            {
                queued.Add(eventId);
            }
        }
        return queued;
    }

    /// <returns>Whether a build was queued.</returns>
    public async Task<bool> CheckAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await inputs.LoadAsync(eventId, cancellationToken) is not { } input)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var book = await db.ProgramBooks.SingleOrDefaultAsync(b => b.EventId == eventId, cancellationToken);
        if (book is null)
        {
            book = new ProgramBook { EventId = eventId, State = BookState.Queued };
            db.ProgramBooks.Add(book);
        }
        if (book.SeenHash != input.Hash)
        {
            book.SeenHash = input.Hash;
            book.SeenAt = now;
        }
        // A build that has said nothing for StaleAfter died with its process; the next one starts over.
        var stale = book.State == BookState.Building && book.StartedAt < now - StaleAfter;
        var due = stale || book.AttemptedHash != input.Hash && book.State != BookState.Building && now - book.SeenAt >= Quiet;
        if (book.BuiltHash != input.Hash && book.State == BookState.Built)
        {
            book.State = BookState.Queued;
            book.Step = null;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (due)
        {
            jobs.Enqueue<BuildBookJob>(job => job.RunAsync(eventId, CancellationToken.None));
        }
        return due;
    }
}
