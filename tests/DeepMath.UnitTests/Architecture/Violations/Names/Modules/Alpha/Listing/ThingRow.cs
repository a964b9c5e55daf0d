namespace DeepMath.UnitTests.Architecture.Violations.Names.Modules.Alpha.Listing;

/// <summary>A row of one module's list, named like another module's export row (the name rule must catch the pair).</summary>
public sealed record ThingRow(Guid Id, string Title);
