using Microsoft.AspNetCore.Mvc;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Peek;

/// <summary>Breaks the rule on purpose: a controller that takes the DbContext.</summary>
public sealed class PeekController(DataViolationsContext db) : Controller
{
    public IActionResult Index() => Content(db.ContextId.ToString());
}
