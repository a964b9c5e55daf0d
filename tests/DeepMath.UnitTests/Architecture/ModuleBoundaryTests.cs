namespace DeepMath.UnitTests.Architecture;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Modules_use_each_other_only_through_contracts() =>
        NoViolations.In(ModuleBoundaryRule.Violations(Assemblies.Web, "DeepMath.Web.Modules", ModuleExemptions.Unchecked, [], ModuleExemptions.NotYetMigrated));

    [Fact]
    public void Rule_fails_on_a_module_that_reaches_into_another_modules_internals_or_domain() =>
        Assert.Equal(
            [
                "DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Domainer.DomainHandler -> Alpha",
                "DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Snoop.SnoopingHandler -> Alpha",
                "DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Wiring.BetaWiring -> Alpha",
            ],
            ModuleBoundaryRule.Violations(Assemblies.Tests, Assemblies.ViolationsNamespace + ".Boundaries.Modules", [ModuleExemptions.Demo], [], []));

    [Fact]
    public void Rule_lets_a_not_yet_migrated_modules_domain_through() =>
        Assert.DoesNotContain(
            "DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Domainer.DomainHandler -> Alpha",
            ModuleBoundaryRule.Violations(Assemblies.Tests, Assemblies.ViolationsNamespace + ".Boundaries.Modules", [ModuleExemptions.Demo], [], ["Alpha"]));
}
