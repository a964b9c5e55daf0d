namespace DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Alpha.Domain;

public enum AlphaKind
{
    Plain = 0,
}
