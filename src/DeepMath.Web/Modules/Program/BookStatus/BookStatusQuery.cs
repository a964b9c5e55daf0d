using System.Text.Json;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Book.Typesetting;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.BookStatus;

public sealed record BookStatusPage(EventInfo Event, int? LatestRelease, BookState? State, string? Step, DateTimeOffset? StartedAt,
    string? Failure, DateTimeOffset? BuiltAt, int Pages, int Abstracts, int BuiltRelease, double BuildSeconds, bool UpToDate,
    IReadOnlyList<BookProblem> Problems)
{
    public bool Busy => State is BookState.Queued or BookState.Building;
}

/// <summary>What the organizers see of the book's background build: queued, building (step n of m), built, or failed and why.</summary>
public sealed class BookStatusQuery(IProgramData db, ProgramReleases releases)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<BookStatusPage> PageAsync(EventInfo ev, CancellationToken cancellationToken)
    {
        var latest = await releases.LatestAsync(ev.EventId, cancellationToken);
        var book = await db.ProgramBooks.AsNoTracking().Where(b => b.EventId == ev.EventId)
            .Select(b => new
            {
                b.State, b.Step, b.StartedAt, b.Failure, b.BuiltAt, b.Pages, b.Abstracts, b.ReleaseVersion, b.BuildSeconds, b.Problems,
                UpToDate = b.BuiltHash != null && b.BuiltHash == b.SeenHash,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (book is null)
        {
            return new BookStatusPage(ev, latest?.Version, latest is null ? null : BookState.Queued, null, null, null, null, 0, 0, 0, 0, false, []);
        }
        var problems = JsonSerializer.Deserialize<List<BookProblem>>(book.Problems, Json) ?? [];
        return new BookStatusPage(ev, latest?.Version, book.State, book.Step, book.StartedAt, book.Failure, book.BuiltAt, book.Pages, book.Abstracts,
            book.ReleaseVersion, book.BuildSeconds, book.UpToDate, problems);
    }
}
