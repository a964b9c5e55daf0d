using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.UnitTests.Program.Editing;

public sealed class SnapshotBuilderTests
{
    [Fact]
    public void Talks_fill_the_session_in_order_and_posters_span_it()
    {
        var program = new DraftBuilder();
        var talks = program.Session("Talks", program.A, "09:00", "10:00");
        DraftBuilder.Talk(talks, "First", "Ann One", 20);
        DraftBuilder.Talk(talks, "Second", "Bob Two", 25);
        var posters = program.Session("Posters", program.B, "14:00", "15:30", SessionKind.PosterSession);
        DraftBuilder.Poster(posters, "Board", "Cy Three", 1);

        var snapshot = program.Snapshot();

        var items = snapshot.Sessions[0].Items;
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(9, 20)), (items[0].Starts, items[0].Ends));
        Assert.Equal((new TimeOnly(9, 20), new TimeOnly(9, 45)), (items[1].Starts, items[1].Ends));
        Assert.Equal([0, 1], items.Select(i => i.Position));
        var poster = snapshot.Sessions[1].Items[0];
        Assert.Equal((new TimeOnly(14, 0), new TimeOnly(15, 30)), (poster.Starts, poster.Ends));
        Assert.Equal([0, 1], snapshot.Rooms.Select(r => r.Position));
    }

    [Fact]
    public void Sessions_come_out_by_day_start_and_room()
    {
        var program = new DraftBuilder();
        program.Session("Late in B", program.B, "11:00", "12:00");
        program.Session("Early in B", program.B, "09:00", "10:00");
        program.Session("Early in A", program.A, "09:00", "10:00");

        Assert.Equal(["Early in A", "Early in B", "Late in B"], program.Snapshot().Sessions.Select(s => s.Title));
    }
}
