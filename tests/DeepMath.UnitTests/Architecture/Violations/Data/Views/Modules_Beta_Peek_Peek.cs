using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Data;
using Microsoft.AspNetCore.Mvc.Razor.Internal;
using Microsoft.AspNetCore.Razor.Hosting;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Views;

/// <summary>
/// Shaped like the class Razor compiles from /Modules/Beta/Peek/Peek.cshtml holding
/// <c>@inject IAlphaData Alpha</c> and <c>@inject DataViolationsContext Db</c>: breaks the rule on purpose.
/// </summary>
[RazorCompiledItemMetadata("Identifier", "/Modules/Beta/Peek/Peek.cshtml")]
public sealed class Modules_Beta_Peek_Peek
{
    [RazorInject]
    public IAlphaData Alpha { get; private set; } = null!;

    [RazorInject]
    public DataViolationsContext Db { get; private set; } = null!;
}
