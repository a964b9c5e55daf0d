namespace DeepMath.UnitTests.Architecture;

public sealed class ModuleBoundaryTests
{
    // Demo seeds a whole event across modules on purpose (it runs the account set-up and writes events directly), so it is not held to the rule.
    private static readonly string[] _exempt = ["Demo"];

    // Known violation, reported to the lead: Events and Submissions call the ClaimsPrincipal helpers
    // (UserId, IsSiteAdmin, HasConfirmedEmail) in Accounts.Authorization. They belong in Accounts.Contracts;
    // once moved, UserExtensions_is_still_used_across_modules fails and this list should be emptied.
    private static readonly string[] _tolerated = ["DeepMath.Web.Modules.Accounts.Authorization.UserExtensions"];

    [Fact]
    public void Modules_use_each_other_only_through_contracts_and_domain() =>
        Assert.Empty(ModuleBoundaryRule.Violations(Assemblies.Web, "DeepMath.Web.Modules", _exempt, _tolerated));

    [Fact]
    public void UserExtensions_is_still_used_across_modules() =>
        Assert.Equal(
            [
                "DeepMath.Web.Modules.Events.Authorization.EventAccess -> Accounts",
                "DeepMath.Web.Modules.Events.EventPage.EventPageController -> Accounts",
                "DeepMath.Web.Modules.Events.Subscribe.SubscribeController -> Accounts",
                "DeepMath.Web.Modules.Submissions.MySubmissions.MySubmissionsController -> Accounts",
                "DeepMath.Web.Modules.Submissions.StartSubmission.StartSubmissionController -> Accounts",
            ],
            ModuleBoundaryRule.Violations(Assemblies.Web, "DeepMath.Web.Modules", _exempt, []));

    [Fact]
    public void Rule_fails_on_a_module_that_reaches_into_another_modules_internals() =>
        Assert.Equal(
            [
                "DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Snoop.SnoopingHandler -> Alpha",
                "DeepMath.UnitTests.Architecture.Violations.Boundaries.Modules.Beta.Wiring.BetaWiring -> Alpha",
            ],
            ModuleBoundaryRule.Violations(Assemblies.Tests, Assemblies.ViolationsNamespace + ".Boundaries.Modules", _exempt, []));
}
