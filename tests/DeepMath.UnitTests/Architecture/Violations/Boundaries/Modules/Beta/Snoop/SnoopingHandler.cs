using DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha.Internals;

namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Snoop;

/// <summary>Breaks the boundary on purpose: calls into Alpha's internals.</summary>
public static class SnoopingHandler
{
    public static string Handle() => AlphaSecret.Reveal();
}
