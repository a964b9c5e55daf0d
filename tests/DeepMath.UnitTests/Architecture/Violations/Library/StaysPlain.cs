namespace DeepMath.UnitTests.Architecture.Violations.Library;

/// <summary>Keeps the library rule, so the on-purpose test shows the rule does not fail everything.</summary>
public static class StaysPlain
{
    public static int Twice(int value) => 2 * value;
}
