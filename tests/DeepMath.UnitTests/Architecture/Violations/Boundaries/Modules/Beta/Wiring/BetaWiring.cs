using DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha;

namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Wiring;

/// <summary>Breaks the boundary on purpose: uses a type at the root of another module.</summary>
public static class BetaWiring
{
    public static string Describe() => AlphaModule.Name;
}
