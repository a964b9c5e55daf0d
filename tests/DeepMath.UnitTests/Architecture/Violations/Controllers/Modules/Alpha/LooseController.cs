using Microsoft.AspNetCore.Mvc;

namespace DeepMath.UnitTests.Architecture.Violations.Controllers.Modules.Alpha;

/// <summary>Breaks the rule on purpose: at the root of its module, not in a use-case folder.</summary>
public sealed class LooseController : Controller
{
    public IActionResult Index() => Ok();
}
