using DeepMath.Web.SharedKernel;

namespace DeepMath.UnitTests.Architecture.Violations.Library;

/// <summary>Breaks the library rule on purpose: a library type that uses the web app.</summary>
public sealed class ReachesIntoWeb
{
    public WindowPhase Phase { get; init; }
}
