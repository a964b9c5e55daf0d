using Microsoft.EntityFrameworkCore.Design;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>Lets `dotnet ef migrations add` build the model without a running database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DeepMathDbContext>
{
    public DeepMathDbContext CreateDbContext(string[] args)
    {
        return DatabaseExtensions.CreateContext("Host=localhost;Database=design_time");
    }
}
