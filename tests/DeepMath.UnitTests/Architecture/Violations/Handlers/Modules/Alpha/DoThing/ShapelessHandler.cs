using DeepMath.Web.Infrastructure.Results;

namespace DeepMath.UnitTests.Architecture.Violations.Handlers.Modules.Alpha.DoThing;

/// <summary>A handler that answers in three shapes of its own (the rule must catch each) and one that is fine.</summary>
public sealed class ShapelessHandler
{
    public sealed record SaveOutcome(bool Saved, IReadOnlyList<string> Errors);

    public Task<(int Queued, int Group)?> CountAsync() => Task.FromResult<(int, int)?>((1, 2));

    public IReadOnlyList<string> Problems() => ["Enter a title."];

    public Task<SaveOutcome> SaveAsync() => Task.FromResult(new SaveOutcome(true, []));

    public Task<Result<int>> SaveWellAsync() => Task.FromResult(Result.Success(1));
}
