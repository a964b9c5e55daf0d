using Microsoft.EntityFrameworkCore;

using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Domain;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Demo;

/// <summary>Seeds through the context and Alpha's SQL like the real demo seeder; exempt, so not reported.</summary>
public sealed class SeedAlpha(DataViolationsContext db)
{
    public Task<int> SeedAsync()
    {
        db.AlphaRecords.Add(new AlphaRecord());
        return db.Database.ExecuteSqlRawAsync("DELETE FROM alpha.records");
    }
}
