using Microsoft.AspNetCore.Mvc;

namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Polite;

/// <summary>Keeps the rule: the controller maps HTTP and leaves the data to a handler.</summary>
public sealed class PoliteController(PoliteCounter counter) : Controller
{
    public async Task<IActionResult> Index() => Content((await counter.CountAsync()).ToString());
}
