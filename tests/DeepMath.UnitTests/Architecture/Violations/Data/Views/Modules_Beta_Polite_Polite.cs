using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Contracts;
using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Polite;
using Microsoft.AspNetCore.Mvc.Razor.Internal;
using Microsoft.AspNetCore.Razor.Hosting;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Views;

/// <summary>Shaped like a compiled view that keeps the rule: its own module and Alpha's contract.</summary>
[RazorCompiledItemMetadata("Identifier", "/Modules/Beta/Polite/Polite.cshtml")]
public sealed class Modules_Beta_Polite_Polite
{
    [RazorInject]
    public AlphaCatalog Alpha { get; private set; } = null!;

    [RazorInject]
    public PoliteCounter Counter { get; private set; } = null!;
}
