namespace DeepMath.UnitTests.Architecture;

public sealed class UniqueNameTests
{
    [Fact]
    public void No_two_module_types_share_a_name() =>
        NoViolations.In(UniqueNameRule.Violations(Assemblies.Web, "DeepMath.Web.Modules"));

    [Fact]
    public void Rule_fails_on_two_types_of_one_name_in_two_modules()
    {
        const string root = Assemblies.ViolationsNamespace + ".Names.Modules";

        Assert.Equal(
            [$"ThingRow: {root}.Alpha.Listing, {root}.Beta.Export"],
            UniqueNameRule.Violations(Assemblies.Tests, root));
    }
}
