using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.Data;

/// <summary>The Program module's tables, and only those; other modules read them through Program's Contracts.</summary>
public interface IProgramData : IModuleData
{
    DbSet<ProgramRelease> ProgramReleases { get; }
    DbSet<ProgramStar> ProgramStars { get; }
    DbSet<ScheduleToken> ScheduleTokens { get; }
    DbSet<ProgramBook> ProgramBooks { get; }
    DbSet<WorkingProgram> WorkingPrograms { get; }
}
