using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Domain;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Data;

public interface IBetaData : IModuleData
{
    DbSet<BetaRecord> BetaRecords { get; }
}
