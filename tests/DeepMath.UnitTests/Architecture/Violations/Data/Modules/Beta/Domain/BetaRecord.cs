namespace DeepMath.UnitTests.Architecture.Violations.Data.Modules.Beta.Domain;

public sealed class BetaRecord
{
    public Guid Id { get; set; }
}
