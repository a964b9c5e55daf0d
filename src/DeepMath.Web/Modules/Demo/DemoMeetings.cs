using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Demo;

/// <summary>
/// The other kinds of meeting in the demo, besides DeepMath 2025: the half-day workshop inside it, and the
/// colloquium series at the Shanghai Center for Mathematical Sciences with Weijie Su's talk. They describe real
/// meetings; the texts are written for the demonstration and say so. Idempotent, like the rest of the seed.
/// </summary>
public sealed class DemoMeetings(DeepMathDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const string WorkshopSlug = "deep-learning-theory-workshop-2025";
    public const string SeriesSlug = "scms-colloquium";
    public const string SuTalkTitle = "Toward a Mathematical Theory of Deep Learning: Lessons from Personal Research";

    public const string DemoNotice =
        "*Demo content: this page describes a real meeting, with texts written for the DeepMath demonstration. Check the organizers' own announcement for authoritative details.*";

    private static readonly (string Email, string Name)[] WorkshopOrganizers =
    [
        ("shuo.huang@demo.deepmath.test", "Shuo Huang"),
        ("han.feng@demo.deepmath.test", "Han Feng"),
        ("jun.fan@demo.deepmath.test", "Jun Fan"),
        ("yunwei.lei@demo.deepmath.test", "Yunwei Lei"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await EnsureWorkshopAsync(cancellationToken);
        await EnsureColloquiumAsync(cancellationToken);
    }

    private async Task EnsureWorkshopAsync(CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(e => e.Slug == WorkshopSlug, cancellationToken))
        {
            return;
        }
        var conference = await db.Events.SingleAsync(e => e.Slug == DemoEvent.Slug, cancellationToken);
        var now = clock.GetUtcNow();
        var workshop = new Event
        {
            Kind = EventKind.Workshop, ParentEventId = conference.Id, Title = "Half-day Workshop on the Theoretical Analysis of Deep Learning",
            Slug = WorkshopSlug, TimeZoneId = conference.TimeZoneId, StartsOn = new DateOnly(2025, 11, 7), EndsOn = new DateOnly(2025, 11, 7),
            StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(13, 0), CreatedAt = now,
            DescriptionMarkdown = DemoNotice + """


                A half-day workshop on the theoretical analysis of deep learning, held inside DeepMath 2025.
                It brings together researchers working on approximation, optimization and generalization
                in deep networks.

                **Format.** Invited talks, panel discussions and interactive brainstorming sessions.
                There is no call for papers: the speakers are invited by the organizers.

                **Organizers.** Shuo Huang, Han Feng, Jun Fan and Yunwei Lei.
                """,
        };
        db.Events.Add(workshop);
        foreach (var (email, name) in WorkshopOrganizers)
        {
            var user = await EnsureNamedAccountAsync(email, name);
            db.EventOrganizers.Add(new EventOrganizer { EventId = workshop.Id, UserId = user.Id, AddedAt = now });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureColloquiumAsync(CancellationToken cancellationToken)
    {
        if (await db.Series.AnyAsync(s => s.Slug == SeriesSlug, cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var series = new Series
        {
            Name = "SCMS Colloquium", Slug = SeriesSlug, Host = "Shanghai Center for Mathematical Sciences", TimeZoneId = "Asia/Shanghai", CreatedAt = now,
            DescriptionMarkdown = DemoNotice + """


                The colloquium of the Shanghai Center for Mathematical Sciences, with a talk every few weeks.
                Talks are in Room 102 unless announced otherwise. Only Weijie Su's talk is a real one; the other
                talks and their speakers are fictitious examples that show upcoming talks in the demo.
                """,
        };
        db.Series.Add(series);
        var organizer = await users.FindByEmailAsync("organizer@deepmath.test");
        db.SeriesOrganizers.Add(new SeriesOrganizer { SeriesId = series.Id, UserId = organizer!.Id, AddedAt = now });

        var su = new Speaker
        {
            Name = "Weijie Su", Affiliation = "University of Pennsylvania", Homepage = null, CreatedAt = now, UpdatedAt = now,
            BiographyMarkdown = """
                Weijie Su is a faculty member at the University of Pennsylvania. His research is on the
                mathematical theory of deep learning, on privacy-preserving data analysis, and on statistics.

                *Biography written for the DeepMath demo.*
                """,
        };
        db.Speakers.Add(su);
        AddTalk(series, su, SuTalkTitle, new DateOnly(2025, 7, 23), new TimeOnly(10, 30), new TimeOnly(11, 30), now, organizer.Id, """
            Deep learning works remarkably well in practice, yet a mathematical account of why it works is still
            being built. Drawing on his own research, the speaker discusses lessons learned on the way toward a
            mathematical theory of deep learning: which questions have proved tractable, which tools from
            statistics and applied mathematics have helped, and which problems remain open.

            *Abstract written for the DeepMath demo.*
            """);

        var first = Example("A. Example", "Example University", now);
        AddTalk(series, first, "Demo talk: Implicit Bias of Gradient Descent in Wide Networks", new DateOnly(2025, 9, 17), new TimeOnly(15, 0), new TimeOnly(16, 0), now, organizer.Id,
            "*A fictitious talk that shows an upcoming talk in the demo.* It would survey what is known about the solutions gradient descent selects among the many that fit the data.");
        var second = Example("B. Example", "Example Institute of Technology", now);
        AddTalk(series, second, "Demo talk: Scaling Laws as a Question of Approximation", new DateOnly(2025, 10, 15), new TimeOnly(10, 30), new TimeOnly(11, 30), now, organizer.Id,
            "*A fictitious talk that shows an upcoming talk in the demo.* It would relate empirical scaling laws to rates of approximation.");
        await db.SaveChangesAsync(cancellationToken);
    }

    private Speaker Example(string name, string affiliation, DateTimeOffset now)
    {
        var speaker = new Speaker
        {
            Name = name, Affiliation = affiliation, CreatedAt = now, UpdatedAt = now,
            BiographyMarkdown = "*A fictitious speaker of the DeepMath demo.*",
        };
        db.Speakers.Add(speaker);
        return speaker;
    }

    private void AddTalk(Series series, Speaker speaker, string title, DateOnly day, TimeOnly start, TimeOnly end, DateTimeOffset now, string organizerId, string abstractMarkdown)
    {
        var talk = new Event
        {
            Kind = EventKind.Colloquium, SeriesId = series.Id, SpeakerId = speaker.Id, Title = title,
            Slug = $"{series.Slug}-{day:yyyy-MM-dd}", TimeZoneId = series.TimeZoneId, StartsOn = day, EndsOn = day, StartTime = start, EndTime = end,
            Room = "Room 102", HostInstitution = series.Host, CreatedAt = now, DescriptionMarkdown = abstractMarkdown,
        };
        db.Events.Add(talk);
        db.EventOrganizers.Add(new EventOrganizer { EventId = talk.Id, UserId = organizerId, AddedAt = now });
    }

    /// <summary>An account that names a real organizer: no password, so no one can sign in with it.</summary>
    private async Task<AppUser> EnsureNamedAccountAsync(string email, string name)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        return user;
    }
}
