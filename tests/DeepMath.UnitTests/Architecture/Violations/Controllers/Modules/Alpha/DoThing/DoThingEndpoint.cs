using Microsoft.AspNetCore.Mvc;

namespace DeepMath.UnitTests.Architecture.Violations.Controllers.Modules.Alpha.DoThing;

/// <summary>Breaks the rule on purpose: its name does not end in Controller.</summary>
public sealed class DoThingEndpoint : Controller
{
    public IActionResult Index() => Ok();
}
