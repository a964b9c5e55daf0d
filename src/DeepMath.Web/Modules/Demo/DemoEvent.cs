using DeepMath.Web.Modules.Events.Domain;

namespace DeepMath.Web.Modules.Demo;

/// <summary>DeepMath 2025 exactly as in DESIGN.md: the reference event of the demo.</summary>
public static class DemoEvent
{
    public const string Slug = "deepmath-2025";

    public static readonly string[] Topics =
        ["Expressivity", "Generalization", "Optimization", "Representations", "Computation", "Network architectures", "Recurrent networks"];

    public static readonly string[] Disciplines =
        ["Statistics", "Physics", "Computer science", "Neuroscience", "Mathematics", "Psychology", "Engineering"];

    public static Event CreateEvent(DateTimeOffset now) => new()
    {
        Kind = EventKind.Conference,
        Series = "DeepMath",
        Edition = 9,
        Title = "DeepMath 2025",
        Slug = Slug,
        TimeZoneId = "America/New_York",
        StartsOn = new DateOnly(2025, 11, 6),
        EndsOn = new DateOnly(2025, 11, 7),
        RegistrationOpensOn = new DateOnly(2025, 10, 1),
        RegistrationClosesOn = new DateOnly(2025, 11, 5),
        CreatedAt = now,
        DescriptionMarkdown = """
            **The 9th Conference on the Mathematical Theory of Deep Neural Networks.**

            DeepMath brings together researchers from statistics, physics, computer science,
            neuroscience, mathematics, psychology and engineering to work on the theory of deep learning.

            We invite **one-page abstracts** (a second page may hold references only), prepared with the
            DeepMath LaTeX style file and properly anonymized: review is double-blind. There are no
            proceedings: abstracts are never made public. The first listed author presents, and each
            presenting author may submit one abstract.
            """,
    };

    public static Call CreateCall(Guid eventId) => new()
    {
        EventId = eventId,
        Title = "Call for abstracts",
        OpensOn = new DateOnly(2025, 7, 1),
        ClosesOn = new DateOnly(2025, 8, 31),
        NotificationOn = new DateOnly(2025, 10, 1),
        DeadlineZone = DeadlineZone.EventZone,
        Topics = [.. Topics],
        Disciplines = [.. Disciplines],
        DoubleBlind = true,
        ReviewsPerSubmission = 3,
    };
}
