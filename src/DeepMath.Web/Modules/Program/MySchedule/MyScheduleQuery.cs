using DeepMath.Web.Modules.Program.Calendar;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Program.Published;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.MySchedule;

/// <summary>One line of "my schedule": a starred session, or a starred item with its session.</summary>
public sealed record StarredEntry(ProgramSession Session, ProgramItem? Item);

public sealed record MySchedulePage(PublishedProgram Program, IReadOnlyList<StarredEntry> Entries, DateTimeOffset? LinkCreatedAt, string? FreshLink);

/// <summary>The program and the stars of the reader whose calendar link was followed.</summary>
public sealed record SubscribedSchedule(PublishedProgram Program, CalendarSelection Selection);

/// <summary>A reader's starred sessions and items in the latest release, found by account (the page) or by secret (the feed).</summary>
public sealed class MyScheduleQuery(PublishedProgramQuery published, IProgramData db)
{
    public async Task<MySchedulePage?> PageAsync(string slug, string userId, string? freshLink, CancellationToken cancellationToken)
    {
        if (await published.FindAsync(slug, cancellationToken) is not { } program)
        {
            return null;
        }
        var stars = await StarsAsync(program.Event.EventId, userId, cancellationToken);
        var link = await db.ScheduleTokens.AsNoTracking().Where(t => t.EventId == program.Event.EventId && t.UserId == userId)
            .Select(t => (DateTimeOffset?)t.CreatedAt).SingleOrDefaultAsync(cancellationToken);
        return new MySchedulePage(program, Entries(program.Snapshot, stars), link, freshLink);
    }

    /// <summary>The program and the selection of the reader whose secret this is; null for an unknown, replaced or stopped secret, or before a release.</summary>
    public async Task<SubscribedSchedule?> ByTokenAsync(string slug, string secret, CancellationToken cancellationToken)
    {
        if (secret.Length > 100 || await published.FindAsync(slug, cancellationToken) is not { Snapshot: not null } program)
        {
            return null;
        }
        var hash = ScheduleToken.Hash(secret);
        var userId = await db.ScheduleTokens.AsNoTracking().Where(t => t.EventId == program.Event.EventId && t.TokenHash == hash)
            .Select(t => t.UserId).SingleOrDefaultAsync(cancellationToken);
        return userId is null ? null : new SubscribedSchedule(program, await SelectionAsync(program, userId, cancellationToken));
    }

    public async Task<CalendarSelection> SelectionAsync(PublishedProgram program, string userId, CancellationToken cancellationToken)
    {
        var stars = await StarsAsync(program.Event.EventId, userId, cancellationToken);
        var sessions = program.Snapshot?.Sessions ?? [];
        return new CalendarSelection(
            sessions.Where(s => stars.Contains(s.Id)).Select(s => s.Id).ToHashSet(),
            sessions.SelectMany(s => s.Items).Where(i => stars.Contains(i.Id)).Select(i => i.Id).ToHashSet());
    }

    private async Task<HashSet<Guid>> StarsAsync(Guid eventId, string userId, CancellationToken cancellationToken) =>
        (await db.ProgramStars.AsNoTracking().Where(s => s.EventId == eventId && s.UserId == userId).Select(s => s.TargetId).ToListAsync(cancellationToken)).ToHashSet();

    private static List<StarredEntry> Entries(ProgramSnapshot? snapshot, HashSet<Guid> stars) =>
        snapshot is null
            ? []
            : snapshot.Sessions.SelectMany(s => (stars.Contains(s.Id) ? [new StarredEntry(s, null)] : Array.Empty<StarredEntry>())
                    .Concat(s.Items.Where(i => stars.Contains(i.Id)).Select(i => new StarredEntry(s, i))))
                .OrderBy(e => e.Session.Day).ThenBy(e => e.Item?.Starts ?? e.Session.Starts).ThenBy(e => e.Item is null ? 0 : 1)
                .ToList();
}
