using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Domain;
using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Data;

/// <summary>The one DbContext of the violations' two modules, like DeepMathDbContext: it implements each module's data interface.</summary>
public sealed class DataViolationsContext(DbContextOptions<DataViolationsContext> options) : DbContext(options), Modules.Alpha.Data.IAlphaData, Modules.Beta.Data.IBetaData
{
    public DbSet<AlphaRecord> AlphaRecords => Set<AlphaRecord>();

    public DbSet<BetaRecord> BetaRecords => Set<BetaRecord>();
}
