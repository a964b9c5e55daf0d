using Microsoft.AspNetCore.Mvc;

namespace DeepMath.UnitTests.Architecture.Violations.Controllers.Modules.Alpha.Domain;

/// <summary>Breaks the rule on purpose: Domain is not a use case.</summary>
public sealed class DomainController : Controller
{
    public IActionResult Index() => Ok();
}
