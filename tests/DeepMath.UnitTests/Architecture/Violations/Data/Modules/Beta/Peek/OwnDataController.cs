using DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Data;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Peek;

/// <summary>Breaks the rule on purpose: even its own module's data interface, taken by an action.</summary>
public sealed class OwnDataController : Controller
{
    public IActionResult Index([FromServices] IBetaData data) => Content(data.ChangeTracker.AutoDetectChangesEnabled.ToString());
}
