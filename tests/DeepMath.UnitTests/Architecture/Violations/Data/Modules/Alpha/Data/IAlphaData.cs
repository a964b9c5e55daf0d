using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Domain;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Data;

public interface IAlphaData : IModuleData
{
    DbSet<AlphaRecord> AlphaRecords { get; }
}
