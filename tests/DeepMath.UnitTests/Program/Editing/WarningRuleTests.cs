using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Rules;

namespace DeepMath.UnitTests.Program.Editing;

public sealed class WarningRuleTests
{
    [Fact]
    public void Chairing_one_session_while_presenting_in_another_is_a_warning_not_a_clash()
    {
        var program = new DraftBuilder();
        program.Session("Chaired", program.A, "09:00", "10:00", chair: "Ann One");
        DraftBuilder.Talk(program.Session("Talks B", program.B, "09:30", "10:30"), "Her talk", "Ann One");

        var snapshot = program.Snapshot();

        Assert.Empty(ProgramChecks.Clashes(snapshot));
        Assert.Contains("Ann One chairs \"Chaired\"", Assert.Single(ProgramChecks.Warnings(snapshot, null)));
    }

    [Fact]
    public void Chairing_ones_own_session_is_fine()
    {
        var program = new DraftBuilder();
        DraftBuilder.Talk(program.Session("Chaired", program.A, "09:00", "10:00", chair: "Ann One"), "Her talk", "Ann One");

        Assert.Empty(ProgramChecks.Warnings(program.Snapshot(), null));
    }

    [Fact]
    public void A_session_larger_than_its_room_is_a_warning()
    {
        var program = new DraftBuilder();
        program.Session("Plenary in the small room", program.B, "09:00", "10:00");

        var warning = Assert.Single(ProgramChecks.Warnings(program.Snapshot(), 40));
        Assert.Contains("may draw about 40 people (40 registered, 1 session(s) at once) but Room B holds 30", warning);
    }

    [Fact]
    public void Parallel_sessions_share_the_audience()
    {
        var program = new DraftBuilder();
        program.Session("Big", program.A, "09:00", "10:00");
        program.Session("Small", program.B, "09:00", "10:00");

        Assert.Empty(ProgramChecks.Warnings(program.Snapshot(), 60));
        Assert.Single(ProgramChecks.Warnings(program.Snapshot(), 61));
    }

    [Fact]
    public void Without_registration_figures_capacity_is_not_checked()
    {
        var program = new DraftBuilder();
        program.Session("Plenary", program.B, "09:00", "10:00");

        Assert.Empty(ProgramChecks.Warnings(program.Snapshot(), null));
    }

    [Fact]
    public void Four_hours_without_a_break_is_a_warning()
    {
        var program = new DraftBuilder();
        program.Session("Morning 1", program.A, "09:00", "11:00");
        program.Session("Morning 2", program.A, "11:00", "13:00");

        Assert.Contains("runs 09:00–13:00 (4 h) without a break", Assert.Single(ProgramChecks.Warnings(program.Snapshot(), null)));
    }

    [Fact]
    public void A_break_in_between_is_fine()
    {
        var program = new DraftBuilder();
        program.Session("Morning 1", program.A, "09:00", "11:00");
        program.Session("Coffee", null, "11:00", "11:30", SessionKind.Break);
        program.Session("Morning 2", program.A, "11:30", "13:30");

        Assert.Empty(ProgramChecks.Warnings(program.Snapshot(), null));
    }
}
