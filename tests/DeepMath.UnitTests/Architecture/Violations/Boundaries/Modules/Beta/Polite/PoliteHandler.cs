using DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha.Contracts;

namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Polite;

/// <summary>Keeps the boundary: uses Alpha's contracts only.</summary>
public sealed class PoliteHandler(AlphaDirectory directory)
{
    public string Handle(string id) => directory.Find(id);
}
