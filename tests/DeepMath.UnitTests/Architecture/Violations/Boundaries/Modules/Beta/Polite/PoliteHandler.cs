using DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha.Contracts;
using DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha.Domain;

namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Polite;

/// <summary>Keeps the boundary: uses Alpha's contracts and domain only.</summary>
public sealed class PoliteHandler(AlphaDirectory directory)
{
    public string Handle(AlphaKind kind) => directory.Find(kind.ToString());
}
