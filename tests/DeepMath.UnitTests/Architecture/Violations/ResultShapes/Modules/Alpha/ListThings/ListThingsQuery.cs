namespace DeepMath.UnitTests.Architecture.Violations.ResultShapes.Modules.Alpha.ListThings;

/// <summary>A query that answers with a tuple (the rule must catch it) and one that answers with a record of its own (fine).</summary>
public sealed class ListThingsQuery
{
    public sealed record ThingsPage(IReadOnlyList<string> Titles, int Total);

    public Task<(IReadOnlyList<string> Titles, int Total)> PageAsync() => Task.FromResult<(IReadOnlyList<string>, int)>((["A"], 1));

    public Task<ThingsPage> PageWellAsync() => Task.FromResult(new ThingsPage(["A"], 1));

    public IReadOnlyList<string> Titles() => ["A"];
}
