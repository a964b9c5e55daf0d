using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Domain;
using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.ReadAcross;

/// <summary>
/// Breaks the rule on purpose, and only inside compiler-generated code: the write to Alpha's table sits
/// in an async method's state machine, reached through the context behind Beta's own interface.
/// </summary>
public sealed class WriteAcrossHandler(IBetaData data)
{
    public async Task AddAsync()
    {
        await Task.Yield();
        ((DbContext)data).Set<AlphaRecord>().Add(new AlphaRecord());
        await data.SaveChangesAsync();
    }
}
