namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha.Contracts;

public sealed class AlphaDirectory
{
    public string Find(string id) => id;
}
