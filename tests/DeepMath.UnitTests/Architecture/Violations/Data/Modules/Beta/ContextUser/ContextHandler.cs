using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.ContextUser;

/// <summary>Breaks the rule on purpose: the DbContext itself reaches every module's tables.</summary>
public sealed class ContextHandler(DataViolationsContext db)
{
    public Task<int> CountAsync() => db.BetaRecords.CountAsync();
}
