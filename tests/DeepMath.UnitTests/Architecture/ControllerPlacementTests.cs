namespace DeepMath.UnitTests.Architecture;

public sealed class ControllerPlacementTests
{
    [Fact]
    public void Controllers_live_in_a_use_case_folder_and_end_in_controller() =>
        Assert.Empty(ControllerPlacementRule.Violations(Assemblies.Web, "DeepMath.Web", "DeepMath.Web.Modules"));

    [Fact]
    public void Rule_sees_the_real_controllers()
    {
        var everything = ControllerPlacementRule.Violations(Assemblies.Web, "DeepMath.Web", "DeepMath.Web.Nowhere");

        Assert.Contains("DeepMath.Web.Modules.Events.EditCall.EditCallController", everything);
        Assert.Contains("DeepMath.Web.Modules.Accounts.Login.LoginController", everything);
    }

    [Fact]
    public void Rule_fails_on_misplaced_and_misnamed_controllers()
    {
        const string root = Assemblies.ViolationsNamespace + ".Controllers";

        Assert.Equal(
            [
                $"{root}.Elsewhere.StrayController",
                $"{root}.Modules.Alpha.DoThing.DoThingEndpoint",
                $"{root}.Modules.Alpha.Domain.DomainController",
                $"{root}.Modules.Alpha.LooseController",
            ],
            ControllerPlacementRule.Violations(Assemblies.Tests, root, root + ".Modules"));
    }

    [Fact]
    public void Each_use_case_folder_holds_one_controller() =>
        NoViolations.In(ControllerPlacementRule.SharedFolders(Assemblies.Web, "DeepMath.Web.Modules"));

    [Fact]
    public void Rule_fails_on_a_folder_holding_two_controllers()
    {
        const string root = Assemblies.ViolationsNamespace + ".Controllers";

        Assert.Equal(
            [
                $"{root}.Modules.Alpha.DoThing: DoThingController, DoThingEndpoint",
                $"{root}.Modules.Alpha.Seating: SeatingPlanController, SeatsController",
            ],
            ControllerPlacementRule.SharedFolders(Assemblies.Tests, root + ".Modules"));
    }
}
