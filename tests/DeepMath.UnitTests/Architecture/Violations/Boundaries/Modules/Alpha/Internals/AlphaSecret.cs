namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha.Internals;

public static class AlphaSecret
{
    public static string Reveal() => "secret";
}
