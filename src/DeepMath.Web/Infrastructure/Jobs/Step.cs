namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>A timed step for <see cref="StepRunner"/>: its key, and its work, which returns the outcome recorded with it.</summary>
public sealed record Step(string Key, Func<CancellationToken, Task<string?>> Work);
