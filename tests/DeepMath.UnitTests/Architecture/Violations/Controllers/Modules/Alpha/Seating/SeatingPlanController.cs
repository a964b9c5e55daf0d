using Microsoft.AspNetCore.Mvc;

namespace DeepMath.UnitTests.Architecture.Violations.Controllers.Modules.Alpha.Seating;

/// <summary>One of two controllers in a folder named for a capability rather than one use case: the one-controller rule must catch the folder.</summary>
public sealed class SeatingPlanController : Controller
{
    public IActionResult Index() => Ok();
}
