namespace DeepMath.UnitTests.Architecture.Violations.Names.Modules.Beta.Export;

/// <summary>The other ThingRow: a reader of either file cannot tell which one a using brings in.</summary>
public sealed record ThingRow(Guid Id, string Title, string Owner);
