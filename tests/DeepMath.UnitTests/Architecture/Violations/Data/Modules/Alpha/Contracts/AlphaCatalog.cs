using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Contracts;

/// <summary>Alpha's public face: reads its own data and gives other modules plain values.</summary>
public sealed class AlphaCatalog(IAlphaData data)
{
    public Task<int> CountAsync() => data.AlphaRecords.CountAsync();
}
