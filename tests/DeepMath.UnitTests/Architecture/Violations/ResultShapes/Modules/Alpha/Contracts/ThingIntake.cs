namespace DeepMath.UnitTests.Architecture.Violations.ResultShapes.Modules.Alpha.Contracts;

/// <summary>A module's service for other modules that answers with an outcome record of its own (the rule must catch it).</summary>
public sealed class ThingIntake
{
    public sealed record IntakeOutcome(Guid? ThingId, IReadOnlyList<string> Errors);

    public Task<IntakeOutcome> SubmitAsync() => Task.FromResult(new IntakeOutcome(null, ["Closed."]));
}
