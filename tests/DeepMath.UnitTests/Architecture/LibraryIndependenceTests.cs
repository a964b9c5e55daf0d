using System.Reflection;

namespace DeepMath.UnitTests.Architecture;

public sealed class LibraryIndependenceTests
{
    public static TheoryData<string> Libraries => ["DeepMath.AbstractFormat", "DeepMath.Assignment"];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Library_types_reference_no_aspnet_ef_or_web(string library) =>
        Assert.Empty(LibraryIndependenceRule.TypesReachingForbidden(Assembly.Load(library), library));

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Library_assembly_references_no_aspnet_ef_or_web(string library) =>
        Assert.Empty(LibraryIndependenceRule.ForbiddenReferences(Assembly.Load(library)));

    [Fact]
    public void Library_assemblies_are_the_real_ones() =>
        Assert.Equal(["DeepMath.AbstractFormat", "DeepMath.Assignment"], new[] { Assemblies.AbstractFormat, Assemblies.Assignment }.Select(a => a.GetName().Name));

    [Fact]
    public void Type_rule_fails_on_types_that_reach_each_forbidden_namespace()
    {
        var failing = LibraryIndependenceRule.TypesReachingForbidden(Assemblies.Tests, Assemblies.ViolationsNamespace + ".Library");

        Assert.Equal(
            [
                "DeepMath.UnitTests.Architecture.Violations.Library.ReachesIntoAspNetCore",
                "DeepMath.UnitTests.Architecture.Violations.Library.ReachesIntoEntityFramework",
                "DeepMath.UnitTests.Architecture.Violations.Library.ReachesIntoWeb",
            ],
            failing.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reference_rule_fails_on_an_assembly_that_references_the_web_app() =>
        Assert.Contains("DeepMath.Web", LibraryIndependenceRule.ForbiddenReferences(Assemblies.Tests));
}
