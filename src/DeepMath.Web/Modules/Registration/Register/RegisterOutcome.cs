namespace DeepMath.Web.Modules.Registration.Register;

/// <summary>What a registration attempt came to: a registration, or a refusal with the words to show and the field it concerns.</summary>
public sealed record RegisterOutcome(Domain.Registration? Registration, string? Error, string? Field = null)
{
    public static RegisterOutcome Refused(string error, string? field = null) => new(null, error, field);

    /// <summary>The event was not found when the batch read it (a remembered slug that no longer names it).</summary>
    public static RegisterOutcome NoSuchEvent { get; } = Refused("This event does not exist.");
}
