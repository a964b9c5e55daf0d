using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Library;

/// <summary>Breaks the library rule on purpose: a library type that uses EF Core.</summary>
public static class ReachesIntoEntityFramework
{
    public static bool IsTracking(DbContext db) => db.ChangeTracker.AutoDetectChangesEnabled;
}
