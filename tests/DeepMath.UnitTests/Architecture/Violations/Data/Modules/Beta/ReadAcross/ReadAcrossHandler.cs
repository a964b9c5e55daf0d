using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.ReadAcross;

/// <summary>Breaks the rule on purpose: injects another module's data interface.</summary>
public sealed class ReadAcrossHandler(IAlphaData alpha)
{
    public Task<int> CountAsync() => alpha.AlphaRecords.CountAsync();
}
