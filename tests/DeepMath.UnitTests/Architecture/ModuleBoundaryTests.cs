namespace DeepMath.UnitTests.Architecture;

public sealed class ModuleBoundaryTests
{
    // Demo seeds a whole event across modules on purpose (it runs the account set-up and writes events directly), so it is not held to the rule.
    private static readonly string[] _exempt = ["Demo"];

    [Fact]
    public void Modules_use_each_other_only_through_contracts_and_domain() =>
        Assert.Empty(ModuleBoundaryRule.Violations(Assemblies.Web, "DeepMath.Web.Modules", _exempt, []));

    [Fact]
    public void Rule_fails_on_a_module_that_reaches_into_another_modules_internals() =>
        Assert.Equal(
            [
                "DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Snoop.SnoopingHandler -> Alpha",
                "DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Wiring.BetaWiring -> Alpha",
            ],
            ModuleBoundaryRule.Violations(Assemblies.Tests, Assemblies.ViolationsNamespace + ".Boundaries.Modules", _exempt, []));
}
