using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Rules;

namespace DeepMath.UnitTests.Program.Editing;

public sealed class ClashRuleTests
{
    [Fact]
    public void Two_sessions_in_one_room_at_once_are_refused()
    {
        var program = new DraftBuilder();
        program.Session("Morning talks", program.A, "09:00", "10:30");
        program.Session("Overlapping", program.A, "10:00", "11:00");

        var clash = Assert.Single(ProgramChecks.Clashes(program.Snapshot()));
        Assert.Contains("Two sessions are in Room A at once", clash);
        Assert.Contains("\"Morning talks\"", clash);
    }

    [Fact]
    public void Back_to_back_sessions_in_one_room_and_parallel_rooms_are_fine()
    {
        var program = new DraftBuilder();
        program.Session("First", program.A, "09:00", "10:00");
        program.Session("Next", program.A, "10:00", "11:00");
        program.Session("Parallel", program.B, "09:00", "10:00");

        Assert.Empty(ProgramChecks.Clashes(program.Snapshot()));
    }

    [Fact]
    public void A_presenter_in_two_places_at_once_is_refused()
    {
        var program = new DraftBuilder();
        DraftBuilder.Talk(program.Session("Talks A", program.A, "09:00", "10:00"), "Talk in A", "Ann One");
        DraftBuilder.Talk(program.Session("Talks B", program.B, "09:10", "10:00"), "Talk in B", "Ann One");

        var clash = Assert.Single(ProgramChecks.Clashes(program.Snapshot()));
        Assert.Contains("Ann One would be in two places at once", clash);
    }

    [Fact]
    public void A_presenter_whose_talks_follow_each_other_is_fine()
    {
        var program = new DraftBuilder();
        DraftBuilder.Talk(program.Session("Talks A", program.A, "09:00", "10:00"), "Talk in A", "Ann One", 20);
        var b = program.Session("Talks B", program.B, "09:00", "10:00");
        DraftBuilder.Talk(b, "Other", "Bob Two", 20);
        DraftBuilder.Talk(b, "Talk in B", "Ann One", 20);

        Assert.Empty(ProgramChecks.Clashes(program.Snapshot()));
    }

    [Fact]
    public void A_speaker_of_an_invited_talk_is_checked_like_a_presenter()
    {
        var program = new DraftBuilder();
        var invited = program.Session("Invited", program.A, "09:00", "10:00", SessionKind.InvitedTalk);
        invited.Items.Add(new() { Kind = ItemKind.InvitedTalk, Title = "Keynote", Minutes = 60, People = [new(PersonRole.Speaker, "Dee Four", "Uni", null, null)] });
        var panel = program.Session("Panel", program.B, "09:30", "10:30", SessionKind.Panel);
        panel.Items.Add(new() { Kind = ItemKind.Panel, Title = "Debate", People = [new(PersonRole.Panelist, "dee  four", null, null, null)] });

        Assert.Contains("Dee Four would be in two places at once", Assert.Single(ProgramChecks.Clashes(program.Snapshot())));
    }

    [Fact]
    public void A_presenters_two_posters_in_one_poster_session_are_fine()
    {
        var program = new DraftBuilder();
        var posters = program.Session("Posters", program.B, "14:00", "15:00", SessionKind.PosterSession);
        DraftBuilder.Poster(posters, "One", "Ann One", 1);
        DraftBuilder.Poster(posters, "Two", "Ann One", 2);

        Assert.Empty(ProgramChecks.Clashes(program.Snapshot()));
    }

    [Fact]
    public void An_item_outside_its_session_is_refused()
    {
        var program = new DraftBuilder();
        var talks = program.Session("Short session", program.A, "09:00", "09:30");
        DraftBuilder.Talk(talks, "Fits", "Ann One", 20);
        DraftBuilder.Talk(talks, "Too long", "Bob Two", 20);

        var clash = Assert.Single(ProgramChecks.Clashes(program.Snapshot()));
        Assert.Contains("\"Too long\" would run 09:20–09:40, outside its session \"Short session\" (09:00–09:30)", clash);
    }

    [Fact]
    public void A_talk_running_past_midnight_is_refused()
    {
        var program = new DraftBuilder();
        DraftBuilder.Talk(program.Session("Late", program.A, "23:00", "23:30"), "Endless", "Ann One", 120);

        Assert.Single(ProgramChecks.Clashes(program.Snapshot()));
    }
}
