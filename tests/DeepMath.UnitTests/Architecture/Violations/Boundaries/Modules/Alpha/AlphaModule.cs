namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha;

/// <summary>A module's wiring: internal to it, like any type outside Contracts and Domain.</summary>
public static class AlphaModule
{
    public static string Name => "alpha";
}
