using Microsoft.AspNetCore.Mvc;

namespace DeepMath.UnitTests.Architecture.Violations.Controllers.Elsewhere;

/// <summary>Breaks the rule on purpose: outside the modules.</summary>
public sealed class StrayController : Controller
{
    public IActionResult Index() => Ok();
}
