namespace DeepMath.UnitTests.Architecture.Violations.Names.Modules.Alpha.Listing;

/// <summary>Another outer type with a nested Line (fine).</summary>
public sealed class ThingListing
{
    public sealed record Line(string Text);
}
