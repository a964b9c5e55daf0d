using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Contracts;
using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Polite;

/// <summary>Keeps every rule: its own data through its own interface, Alpha's through Alpha's contract, SQL on its own schema.</summary>
public sealed class PoliteCounter(IBetaData data, AlphaCatalog alpha)
{
    public async Task<int> CountAsync() =>
        await data.BetaRecords.CountAsync() + await alpha.CountAsync()
        + await data.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM beta.records").SingleAsync();

    /// <summary>Prose naming a schema-like word is not SQL.</summary>
    public static string Help => "Alpha's export is alpha.csv, see the manual.";
}
