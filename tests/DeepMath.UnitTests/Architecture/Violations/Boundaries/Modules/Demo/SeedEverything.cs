using DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha.Internals;

namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Demo;

/// <summary>Reaches into Alpha like the real demo seeder does; exempt, so it must not be reported.</summary>
public static class SeedEverything
{
    public static string Seed() => AlphaSecret.Reveal();
}
