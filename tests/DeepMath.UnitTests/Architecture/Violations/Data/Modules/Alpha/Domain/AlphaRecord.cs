namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Alpha.Domain;

public sealed class AlphaRecord
{
    public Guid Id { get; set; }
}
