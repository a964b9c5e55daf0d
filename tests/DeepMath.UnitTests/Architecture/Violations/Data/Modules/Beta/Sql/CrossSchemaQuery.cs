using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Sql;

/// <summary>Breaks the rule on purpose: raw SQL on Alpha's schema, bare and quoted, the second inside an async lambda.</summary>
public sealed class CrossSchemaQuery(IBetaData data)
{
    public Task<int> CountAsync() =>
        data.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM alpha.records").SingleAsync();

    public Func<Task<int>> Later() =>
        async () => await data.Database.ExecuteSqlRawAsync("""DELETE FROM "alpha"."records" WHERE true""");
}
