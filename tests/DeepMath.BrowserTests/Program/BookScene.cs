using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Program.Book.Jobs;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.BrowserTests.Program;

/// <summary>
/// An event of its own with a released program of two talks (math in their titles) and its book built: Olga organizes,
/// Ada holds a confirmed place, Sam has an account and no place. The release is inserted as the organizers' editor
/// would write it, until that editor exists.
/// </summary>
public static class BookScene
{
    public const string Password = "a long browser password";
    public const string OrganizerEmail = "olga@book.example.org";
    public const string AttendeeEmail = "ada@book.example.edu";
    public const string StrangerEmail = "sam@book.example.com";
    public const string EventSlug = "deepmath-book-2025";
    public const string FirstTitle = "Depth separations for ReLU networks";
    public const string SecondTitle = "Width bounds in $\\mathbb{R}^d$";

    public static async Task ArrangeAsync(BrowserApp app)
    {
        await app.CreateConfirmedUserAsync(OrganizerEmail, "Olga Organizer", Password);
        await app.CreateConfirmedUserAsync(AttendeeEmail, "Ada Lovelace", Password);
        await app.CreateConfirmedUserAsync(StrangerEmail, "Sam Stranger", Password);
        var eventId = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var organizer = (await users.FindByEmailAsync(OrganizerEmail))!;
            var ada = (await users.FindByEmailAsync(AttendeeEmail))!;
            var ev = new Event
            {
                Title = "DeepMath Book 2025", Slug = EventSlug, TimeZoneId = "Europe/Vienna", Venue = "Vienna",
                StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7), CreatedAt = BrowserApp.DemoNow,
                RegistrationOpensOn = new DateOnly(2025, 9, 1), RegistrationClosesOn = new DateOnly(2025, 10, 20),
            };
            var call = new Call
            {
                EventId = ev.Id, Title = "Call for abstracts", OpensOn = new DateOnly(2025, 7, 1), ClosesOn = new DateOnly(2025, 8, 31),
                NotificationOn = new DateOnly(2025, 10, 1), Topics = ["Optimization"], Disciplines = ["Mathematics"],
            };
            db.Events.Add(ev);
            db.Calls.Add(call);
            db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = organizer.Id, AddedAt = BrowserApp.DemoNow });
            var ticket = new TicketType { EventId = ev.Id, Name = "Academic", Fee = 0 };
            db.RegistrationSettings.Add(new RegistrationSettings { EventId = ev.Id, Capacity = 50, Currency = "EUR" });
            db.TicketTypes.Add(ticket);
            db.Registrations.Add(new EventRegistration
            {
                EventId = ev.Id, UserId = ada.Id, Email = AttendeeEmail, TicketTypeId = ticket.Id, State = RegistrationState.Confirmed,
                BadgeName = "Ada Lovelace", Affiliation = "University of London", Country = "United Kingdom", CreatedAt = BrowserApp.DemoNow, ConfirmedAt = BrowserApp.DemoNow,
            });
            var first = Abstract(call.Id, organizer.Id, 1, FirstTitle, "Depth \\(L\\) beats width: \\[\\sum_{i=1}^{L} 2^i < 2^{L+1}.\\]", ("Ada Lovelace", "University of London"));
            var second = Abstract(call.Id, organizer.Id, 2, SecondTitle, "We prove $\\|f\\|_\\infty \\le \\sqrt{d}$.", ("Zuzana Ďurčeková", "Univerzita Komenského"), ("王小明", "清华大学"));
            db.Submissions.AddRange(first, second);
            var room = new ProgramRoom(Guid.NewGuid(), "Hörsaal 1", 120, null, 0);
            ProgramItem Talk(Submission s, int i) => new(s.Id, ItemKind.Talk, i, s.Title, new TimeOnly(9, 20 * i), new TimeOnly(9, 20 * i + 20), null, s.Id, s.Number,
                [new ProgramPerson(PersonRole.Presenter, s.Authors[0].Name, null, null, null)], null, null);
            var snapshot = new ProgramSnapshot(ev.Id, ev.TimeZoneId, [room],
                [new ProgramSession(Guid.NewGuid(), SessionKind.ContributedTalks, "Contributed talks", room.Id, ev.StartsOn, new TimeOnly(9, 0), new TimeOnly(10, 0), "Olga Organizer", null, [Talk(first, 0), Talk(second, 1)])]);
            db.ProgramReleases.Add(new ProgramRelease { EventId = ev.Id, Version = 1, Name = "First", ReleasedAt = BrowserApp.DemoNow, ReleasedBy = organizer.Id, Snapshot = snapshot });
            await db.SaveChangesAsync();
            return ev.Id;
        });
        await app.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<BuildBookJob>().RunAsync(eventId, CancellationToken.None);
            return true;
        });
    }

    private static Submission Abstract(Guid callId, string ownerId, int number, string title, string text, params (string Name, string Affiliation)[] authors)
    {
        var submission = new Submission { CallId = callId, OwnerId = ownerId, Number = number, Title = title, Abstract = text, Topics = ["Optimization"], State = SubmissionState.Submitted };
        submission.SetAuthors([.. authors.Select((a, i) => new SubmissionAuthor { Name = a.Name, Email = $"book{number}-{i}@example.org", Affiliation = a.Affiliation, Country = "Austria" })]);
        return submission;
    }
}
