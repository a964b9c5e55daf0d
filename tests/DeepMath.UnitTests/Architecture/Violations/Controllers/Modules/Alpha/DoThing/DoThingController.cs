using Microsoft.AspNetCore.Mvc;

namespace DeepMath.UnitTests.Architecture.Violations.Controllers.Modules.Alpha.DoThing;

/// <summary>Keeps the rule, so the on-purpose test shows the rule does not fail everything.</summary>
public sealed class DoThingController : Controller
{
    public IActionResult Index() => Ok();
}
