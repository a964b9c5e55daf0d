using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>Lets `dotnet ef migrations add` build the model without a running database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DeepMathDbContext>
{
    public DeepMathDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DeepMathDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations", Schemas.Infrastructure))
            .Options;
        return new DeepMathDbContext(options);
    }
}
