using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Organisations.CreateAwardRound;
using DeepMath.Web.Modules.Organisations.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Demo;

/// <summary>
/// A research programme's site, modelled on the DFG Priority Programme "Theoretical Foundations of Deep Learning"
/// (SPP 2298): its figures, perspectives, dated news, upcoming events (DeepMath 2025 and a meeting elsewhere) and a
/// Best Thesis Award whose 2025 call is open at the demo's clock, with a prize committee. Every text says that it is
/// demonstration content; no winner is named.
/// </summary>
public static class DemoOrganisation
{
    public const string Slug = "spp-2298";
    public const string AwardSlug = "spp-2298-best-thesis-award-2025";

    private const string Notice =
        "> **Demonstration content.** This page is modelled on a real research programme, the DFG Priority Programme SPP 2298 "
        + "\"Theoretical Foundations of Deep Learning\", and the meetings it lists are real, but its texts were written for the "
        + "DeepMath demo: they are not the programme's own words, and names of award winners are placeholders.";

    public static async Task SeedAsync(DeepMathDbContext db, UserManager<AppUser> users, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Organisations.AnyAsync(o => o.Slug == Slug, cancellationToken))
        {
            return;
        }
        var organizer = await users.FindByEmailAsync("organizer@deepmath.test");
        var deepMath = await db.Events.SingleAsync(e => e.Slug == DemoEvent.Slug, cancellationToken);
        var programme = new Organisation
        {
            Slug = Slug, Name = "Theoretical Foundations of Deep Learning (DFG Priority Programme SPP 2298)", Kind = OrganisationKind.ResearchProgramme,
            CreatedAt = now, DescriptionMarkdown = Notice + "\n\n" + Description, PerspectivesMarkdown = Perspectives,
            Figures =
            [
                new OrganisationFigure { Position = 0, Number = 23, Label = "projects" },
                new OrganisationFigure { Position = 1, Number = 34, Label = "principal investigators" },
                new OrganisationFigure { Position = 2, Number = 24, Label = "universities" },
            ],
        };
        db.Organisations.Add(programme);
        db.OrganisationManagers.Add(new OrganisationManager { OrganisationId = programme.Id, UserId = organizer!.Id, AddedAt = now });
        db.OrganisationEvents.Add(new OrganisationEvent { OrganisationId = programme.Id, EventId = deepMath.Id });
        db.ExternalEvents.Add(new ExternalEvent
        {
            OrganisationId = programme.Id, Title = "Annual meeting of the priority programme (demonstration entry)", StartsOn = new DateOnly(2025, 9, 22),
            EndsOn = new DateOnly(2025, 9, 24), Place = "Munich, Germany", Url = "https://example.org/spp-2298/annual-meeting-2025",
        });
        foreach (var (title, on, body) in News)
        {
            db.NewsItems.Add(new NewsItem { OrganisationId = programme.Id, Title = title, PublishedOn = on, BodyMarkdown = body, CreatedAt = now, UpdatedAt = now });
        }
        await SeedAwardAsync(db, users, programme, organizer.Id, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedAwardAsync(DeepMathDbContext db, UserManager<AppUser> users, Organisation programme, string organizerId, DateTimeOffset now)
    {
        var round = new Event
        {
            Kind = EventKind.Award, Title = $"{programme.Name}: Best Thesis Award 2025", Slug = AwardSlug, TimeZoneId = "Europe/Berlin", CreatedAt = now,
            StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 6),
            DescriptionMarkdown = Notice + "\n\nThe Best Thesis Award recognises an outstanding doctoral thesis on the theoretical foundations of deep "
                + "learning, defended in the last two years. Apply with the thesis (PDF, any length), a CV, and the name of your supervisor, "
                + "who is asked for a letter of support. A prize committee reviews the applications.",
        };
        var call = new Call
        {
            EventId = round.Id, Title = "Call for applications: Best Thesis Award 2025", OpensOn = new DateOnly(2025, 7, 1), ClosesOn = new DateOnly(2025, 9, 30),
            NotificationOn = new DateOnly(2025, 11, 6), Topics = [CreateAwardRoundHandler.Topic], Disciplines = ["Mathematics", "Computer science", "Statistics"],
            DoubleBlind = false, ReviewsPerSubmission = 2, FormatRules = AwardRounds.Rules, Template = TemplateChoice.None,
        };
        db.Events.Add(round);
        db.Calls.Add(call);
        db.EventOrganizers.Add(new EventOrganizer { EventId = round.Id, UserId = organizerId, AddedAt = now });
        db.OrganisationEvents.Add(new OrganisationEvent { OrganisationId = programme.Id, EventId = round.Id });
        db.AwardCalls.Add(new AwardCall { CallId = call.Id, EventId = round.Id, OrganisationId = programme.Id, AwardName = "Best Thesis Award 2025", CreatedAt = now });
        // The prize committee: the demo's reviewers, as the call's reviewers.
        foreach (var email in new[] { "reviewer1@deepmath.test", "reviewer2@deepmath.test" })
        {
            var member = await users.FindByEmailAsync(email);
            db.Reviewers.Add(new Reviewer { CallId = call.Id, UserId = member!.Id, AddedAt = now, MaxLoad = 10 });
        }
        db.ReviewSettings.Add(new ReviewSettings { CallId = call.Id, BiddingClosesOn = new DateOnly(2025, 10, 7), ReviewsDueOn = new DateOnly(2025, 10, 24) });
    }

    private const string Description = """
        The priority programme brings together mathematicians, statisticians and computer scientists at universities across
        Germany to develop a mathematical theory of deep learning: why deep neural networks can express what they do, why
        training them by gradient methods succeeds, and why they generalize although they have far more parameters than data.

        Its projects work in approximation theory, optimization, statistical learning theory, harmonic analysis, mathematical
        physics and numerical analysis, and meet at annual meetings, summer schools and workshops.
        """;

    private const string Perspectives = """
        - **Expressivity.** Which functions deep networks approximate efficiently, and what depth adds to width.
        - **Optimization.** Why gradient descent finds good minima of non-convex losses; the implicit bias of training.
        - **Generalization.** Bounds that explain overparameterized networks, and where classical theory fails.
        - **Interpretability and robustness.** What a trained network has learned, and how stable it is under perturbation.
        - **Beyond classification.** Deep learning for inverse problems and partial differential equations.
        """;

    private static readonly (string Title, DateOnly On, string Body)[] News =
    [
        ("Call for applications: Best Thesis Award 2025", new DateOnly(2025, 7, 1),
            "*Demonstration text.* The programme's Best Thesis Award 2025 is open for applications until **30 September 2025**. "
            + "Apply with your thesis, a CV and your supervisor's name; your supervisor is asked for a letter of support by e-mail."),
        ("Programme members at DeepMath 2025", new DateOnly(2025, 6, 20),
            "*Demonstration text.* Members of the programme will present their work at DeepMath 2025 on 6 and 7 November 2025. "
            + "The call for abstracts is open until 31 August 2025."),
        ("Best Thesis Award 2024 announced", new DateOnly(2024, 11, 15),
            "*Demonstration text.* The prize committee has chosen the winner of the Best Thesis Award 2024. "
            + "**Winner: a placeholder name for this demonstration** (DeepMath does not name the real winner here)."),
    ];
}
