using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.UnitTests.Program.Editing;

public sealed class PosterBoardsTests
{
    [Fact]
    public void Boards_are_numbered_by_topic_then_submission_number()
    {
        var program = new DraftBuilder();
        var session = program.Session("Posters", program.A, "14:00", "15:00", SessionKind.PosterSession);
        DraftBuilder.Poster(session, "Opt 7", "P1", 7, "Optimization");
        DraftBuilder.Poster(session, "Approx 9", "P2", 9, "Approximation");
        DraftBuilder.Poster(session, "No topic 1", "P3", 1);
        DraftBuilder.Poster(session, "Approx 3", "P4", 3, "Approximation");

        PosterBoards.Number(session, BoardOrder.TopicThenNumber);

        Assert.Equal(["Approx 3", "Approx 9", "Opt 7", "No topic 1"], session.Items.Select(i => i.Title));
        Assert.Equal([1, 2, 3, 4], session.Items.Select(i => i.BoardNumber!.Value));
    }

    [Fact]
    public void Boards_can_follow_submission_numbers_alone()
    {
        var program = new DraftBuilder();
        var session = program.Session("Posters", program.A, "14:00", "15:00", SessionKind.PosterSession);
        DraftBuilder.Poster(session, "Seven", "P1", 7, "A");
        DraftBuilder.Poster(session, "Two", "P2", 2, "Z");

        PosterBoards.Number(session, BoardOrder.Number);

        Assert.Equal(["Two", "Seven"], session.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_presenters_posters_stay_on_neighbouring_boards()
    {
        var program = new DraftBuilder();
        var session = program.Session("Posters", program.A, "14:00", "15:00", SessionKind.PosterSession);
        DraftBuilder.Poster(session, "Ann 1", "Ann One", 1, "A");
        DraftBuilder.Poster(session, "Bob 2", "Bob Two", 2, "A");
        DraftBuilder.Poster(session, "Ann 9", "Ann One", 9, "Z");
        session.Items.Add(new DraftItem { Kind = ItemKind.Free, Title = "Welcome" });

        PosterBoards.Number(session, BoardOrder.TopicThenNumber);

        Assert.Equal(["Ann 1", "Ann 9", "Bob 2", "Welcome"], session.Items.Select(i => i.Title));
        Assert.Equal([1, 2, 3], session.Items.Where(i => i.Kind == ItemKind.Poster).Select(i => i.BoardNumber!.Value));
        Assert.Null(session.Items[^1].BoardNumber);
    }
}
