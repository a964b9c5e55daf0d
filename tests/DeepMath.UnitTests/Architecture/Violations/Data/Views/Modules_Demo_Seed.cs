using Microsoft.AspNetCore.Mvc.Razor.Internal;
using Microsoft.AspNetCore.Razor.Hosting;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Views;

/// <summary>Shaped like a compiled view of the exempt Demo module that injects the context: not reported.</summary>
[RazorCompiledItemMetadata("Identifier", "/Modules/Demo/Seed/Seed.cshtml")]
public sealed class Modules_Demo_Seed
{
    [RazorInject]
    public DataViolationsContext Db { get; private set; } = null!;
}
