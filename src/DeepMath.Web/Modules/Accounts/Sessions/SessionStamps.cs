using System.Collections.Concurrent;

namespace DeepMath.Web.Modules.Accounts.Sessions;

/// <summary>
/// What <see cref="SessionStampCheck"/> last read of an account (its security stamp, and that its address is confirmed),
/// kept for <see cref="Fresh"/> so that a signed-in request does not cost a database read each time. It is only trusted
/// while this instance listens for account changes (<see cref="SessionChangeFeed"/>): every change of a stamp or of the
/// confirmation, made by any instance or by hand in the database, evicts the account here at once (at its commit, by NOTIFY; on the instance that
/// made it, before its request answers). Without the listener, nothing is kept and every request reads the database.
/// Only confirmed accounts are kept: an unconfirmed one is read at every request, so that a confirmation made anywhere,
/// even by hand in the database, counts at the session's next request.
/// </summary>
public sealed class SessionStamps
{
    /// <summary>
    /// A safety net only: a change is evicted by its notification within milliseconds. Long enough that a visitor
    /// who opens a form and posts it minutes later costs one read, not two.
    /// </summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(2);

    // Far more accounts than sign in within Fresh: past it, starting afresh costs one read each.
    private const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;
    private volatile bool _listening;

    public sealed record Entry(string? SecurityStamp, bool EmailConfirmed, long ReadAt);

    /// <summary>Changes whenever anything is evicted: a read that started before an eviction is not kept (it may be older).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public Entry? Find(string userId) =>
        _listening && _entries.TryGetValue(userId, out var entry) && Environment.TickCount64 - entry.ReadAt < Fresh.TotalMilliseconds ? entry : null;

    public void Remember(string userId, string? securityStamp, bool emailConfirmed, long generationBeforeRead)
    {
        if (!_listening || !emailConfirmed || Generation != generationBeforeRead)
        {
            return;
        }
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        var entry = new Entry(securityStamp, emailConfirmed, Environment.TickCount64);
        _entries[userId] = entry;
        if (Generation != generationBeforeRead)
        {
            // Evicted while being stored: the read may predate the change.
            _entries.TryRemove(new KeyValuePair<string, Entry>(userId, entry));
        }
    }

    public void Forget(string userId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(userId, out _);
    }

    /// <summary>The listener started (a fresh start: changes made while nobody listened are unknown) or stopped.</summary>
    public void Listening(bool listening)
    {
        _listening = false;
        Interlocked.Increment(ref _generation);
        _entries.Clear();
        _listening = listening;
    }
}
