namespace DeepMath.UnitTests.Architecture;

public static class NoViolations
{
    /// <summary>Like Assert.Empty, but the failure lists every violation rather than the first few.</summary>
    public static void In(IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, $"{violations.Count} violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
}
