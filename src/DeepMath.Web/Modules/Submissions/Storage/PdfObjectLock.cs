using System.Globalization;
using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Storage;

/// <summary>
/// A transaction-scoped PostgreSQL advisory lock per object name. The upload holds it from writing the object
/// until its row commits; the sweep tries it before deleting. So the sweep never removes an object that a
/// transaction still in flight is about to point to, and the lock ends with the transaction (or the
/// connection of a process that died), never outliving it.
/// </summary>
internal static class PdfObjectLock
{
    /// <summary>First half of the two-part advisory key: "PDF" in ASCII, so it names what it locks.</summary>
    private const int LockClass = 0x504446;

    public static Task TakeAsync(ISubmissionsData db, string sha256, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {KeyOf(sha256)})", cancellationToken);

    public static async Task<bool> TryTakeAsync(ISubmissionsData db, string sha256, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockClass}, {KeyOf(sha256)}) AS \"Value\"")
            .SingleAsync(cancellationToken);

    /// <summary>The first 32 bits of the hash: collisions only make two uploads of different files wait for each other.</summary>
    private static int KeyOf(string sha256) => unchecked((int)uint.Parse(sha256.AsSpan(0, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
