using DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha.Domain;

namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Domainer;

/// <summary>Breaks the boundary on purpose: a module's Domain is no longer public to others.</summary>
public static class DomainHandler
{
    public static string Handle(AlphaKind kind) => kind.ToString();
}
