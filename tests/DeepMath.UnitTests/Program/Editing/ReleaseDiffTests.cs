using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.UnitTests.Program.Editing;

public sealed class ReleaseDiffTests
{
    [Fact]
    public void The_first_release_makes_every_item_new()
    {
        var program = new DraftBuilder();
        DraftBuilder.Talk(program.Session("Talks", program.A, "09:00", "10:00"), "Only", "Ann One");

        var change = Assert.Single(ReleaseDiff.Between(null, program.Snapshot()));
        Assert.Equal((ChangeKind.New, "Only"), (change.Kind, change.Title));
        Assert.Null(change.Before);
    }

    [Fact]
    public void The_same_program_twice_has_no_changes()
    {
        var program = new DraftBuilder();
        DraftBuilder.Talk(program.Session("Talks", program.A, "09:00", "10:00"), "Only", "Ann One");

        Assert.Empty(ReleaseDiff.Between(program.Snapshot(), program.Snapshot()));
    }

    [Fact]
    public void New_moved_and_cancelled_items_are_found_by_their_ids()
    {
        var program = new DraftBuilder();
        var talks = program.Session("Talks", program.A, "09:00", "10:00");
        var first = DraftBuilder.Talk(talks, "First", "Ann One");
        var second = DraftBuilder.Talk(talks, "Second", "Bob Two");
        var stays = DraftBuilder.Talk(program.Session("Other", program.B, "09:00", "10:00"), "Stays", "Cy Three");
        var before = program.Snapshot();

        talks.Items.Remove(first);           // cancelled; Second now starts at 09:00, so it moved
        stays.Title = "Stays, retitled";     // same place: not a change
        DraftBuilder.Talk(talks, "Added", "Dee Four");
        var changes = ReleaseDiff.Between(before, program.Snapshot());

        Assert.Equal(
            [(ChangeKind.New, "Added"), (ChangeKind.Moved, "Second"), (ChangeKind.Cancelled, "First")],
            changes.Select(c => (c.Kind, c.Title)));
        var moved = changes.Single(c => c.Kind == ChangeKind.Moved);
        Assert.Equal((new TimeOnly(9, 20), new TimeOnly(9, 0)), (moved.Before!.Starts, moved.After!.Starts));
        Assert.Equal(second.Id, moved.ItemId);
    }

    [Fact]
    public void A_new_board_number_or_room_is_a_move()
    {
        var program = new DraftBuilder();
        var posters = program.Session("Posters", program.A, "14:00", "15:00", DeepMath.Web.Modules.Program.Contracts.SessionKind.PosterSession);
        var poster = DraftBuilder.Poster(posters, "Board", "Ann One", 1);
        poster.BoardNumber = 1;
        var before = program.Snapshot();

        poster.BoardNumber = 2;

        Assert.Equal(ChangeKind.Moved, Assert.Single(ReleaseDiff.Between(before, program.Snapshot())).Kind);
    }
}
