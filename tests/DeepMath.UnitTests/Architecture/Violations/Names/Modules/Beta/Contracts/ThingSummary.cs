namespace DeepMath.UnitTests.Architecture.Violations.Names.Modules.Beta.Contracts;

/// <summary>A name of its own, with a nested type whose name recurs elsewhere as a nested type (fine: it is read with its outer name).</summary>
public sealed class ThingSummary
{
    public sealed record Line(string Text);
}
