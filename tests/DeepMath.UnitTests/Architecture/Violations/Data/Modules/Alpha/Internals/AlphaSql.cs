namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Internals;

/// <summary>Raw SQL on Alpha's own schema: allowed.</summary>
public static class AlphaSql
{
    public const string Count = "SELECT count(*) FROM alpha.records";
}
