using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.Web.Modules.Demo;

/// <summary>The demo's two days: rooms, sessions and where the generated talks and posters go.</summary>
public static class DemoProgramLayout
{
    public static DraftProgram Build(DateOnly day1, DateOnly day2, Queue<DraftItem> talks, Queue<DraftItem> posters)
    {
        var draft = new DraftProgram();
        var auditorium = Room(draft, "Auditorium", 250, "Ground floor, main entrance");
        var seminar = Room(draft, "Seminar room 1", 60, "First floor, east wing");
        var hall = Room(draft, "Poster hall", 120, "Ground floor, behind the auditorium");

        Session(draft, SessionKind.Break, "Registration and coffee", null, day1, "08:30", "09:00");
        var invited = Session(draft, SessionKind.InvitedTalk, "Invited talk", auditorium, day1, "09:00", "10:00", "Olga Organizer");
        invited.Items.Add(new DraftItem
        {
            Kind = ItemKind.InvitedTalk, Title = "Approximation theory meets deep learning: rates in $W^{s,p}(\\mathbb{R}^d)$", Minutes = 60,
            People = [new ProgramPerson(PersonRole.Speaker, "Sofia Karlsson", "KTH Royal Institute of Technology", null, null)],
            Biography = "Sofia Karlsson works on approximation theory and the mathematics of neural networks.",
            Abstract = "How well can deep networks approximate smooth functions, and what does it cost? A survey of sharp rates and open problems.",
        });
        Session(draft, SessionKind.Break, "Coffee break", null, day1, "10:00", "10:30");
        Talks(draft, "Contributed talks: expressivity and optimization", auditorium, day1, "10:30", "12:10", talks, 5, "Ravi Reviewer");
        Talks(draft, "Contributed talks: generalization", seminar, day1, "10:30", "12:10", talks, 5, "Rita Reviewer");
        Session(draft, SessionKind.Break, "Lunch", null, day1, "12:10", "13:30");
        Posters(draft, "Poster session 1", hall, day1, "13:30", "15:00", posters, 9);
        Session(draft, SessionKind.Break, "Coffee break", null, day1, "15:00", "15:30");
        var panel = Session(draft, SessionKind.Panel, "Panel: what should a theory of deep learning explain?", auditorium, day1, "15:30", "16:30");
        panel.Items.Add(new DraftItem
        {
            Kind = ItemKind.Panel, Title = "What should a theory of deep learning explain?",
            People =
            [
                new ProgramPerson(PersonRole.Moderator, "Olga Organizer", "DeepMath", null, null),
                new ProgramPerson(PersonRole.Panelist, "Sofia Karlsson", "KTH Royal Institute of Technology", null, null),
                new ProgramPerson(PersonRole.Panelist, "Daniel Ramos", "New York University", null, null),
                new ProgramPerson(PersonRole.Panelist, "Keiko Watanabe", "Google DeepMind", null, null),
            ],
        });
        Session(draft, SessionKind.Social, "Conference dinner", null, day1, "18:30", "21:00");

        Session(draft, SessionKind.Break, "Coffee", null, day2, "08:30", "09:00");
        Talks(draft, "Contributed talks: representations", auditorium, day2, "09:00", "10:40", talks, 5, "Ravi Reviewer");
        Talks(draft, "Contributed talks: computation and architectures", seminar, day2, "09:00", "10:40", talks, 5, "Rita Reviewer");
        Session(draft, SessionKind.Break, "Coffee break", null, day2, "10:40", "11:10");
        Posters(draft, "Poster session 2", hall, day2, "11:10", "12:40", posters, int.MaxValue);
        Session(draft, SessionKind.Break, "Lunch", null, day2, "12:40", "14:00");
        Talks(draft, "Contributed talks: recurrent networks and more", auditorium, day2, "14:00", "15:00", talks, int.MaxValue, "Olga Organizer");
        var closing = Session(draft, SessionKind.Discussion, "Closing and open problems", auditorium, day2, "15:00", "15:30");
        closing.Items.Add(new DraftItem { Kind = ItemKind.Free, Title = "Open problems and closing remarks" });
        return draft;
    }

    private static DraftRoom Room(DraftProgram draft, string name, int capacity, string notes)
    {
        var room = new DraftRoom { Name = name, Capacity = capacity, FloorNotes = notes };
        draft.Rooms.Add(room);
        return room;
    }

    private static DraftSession Session(DraftProgram draft, SessionKind kind, string title, DraftRoom? room, DateOnly day, string starts, string ends, string? chair = null)
    {
        var session = new DraftSession
        {
            Kind = kind, Title = title, RoomId = room?.Id, Day = day, Starts = TimeOnly.Parse(starts, System.Globalization.CultureInfo.InvariantCulture),
            Ends = TimeOnly.Parse(ends, System.Globalization.CultureInfo.InvariantCulture), Chair = chair,
        };
        draft.Sessions.Add(session);
        return session;
    }

    private static void Talks(DraftProgram draft, string title, DraftRoom room, DateOnly day, string starts, string ends, Queue<DraftItem> talks, int count, string chair)
    {
        var session = Session(draft, SessionKind.ContributedTalks, title, room, day, starts, ends, chair);
        for (var i = 0; i < count && talks.TryDequeue(out var talk); i++)
        {
            talk.Kind = ItemKind.Talk;
            talk.Minutes = 20;
            session.Items.Add(talk);
        }
    }

    private static void Posters(DraftProgram draft, string title, DraftRoom room, DateOnly day, string starts, string ends, Queue<DraftItem> posters, int count)
    {
        var session = Session(draft, SessionKind.PosterSession, title, room, day, starts, ends);
        for (var i = 0; i < count && posters.TryDequeue(out var poster); i++)
        {
            poster.Kind = ItemKind.Poster;
            session.Items.Add(poster);
        }
        PosterBoards.Number(session, BoardOrder.TopicThenNumber);
    }
}
