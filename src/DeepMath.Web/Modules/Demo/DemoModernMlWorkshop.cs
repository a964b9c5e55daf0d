using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.EditCall;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Demo;

/// <summary>
/// The Mathematics of Modern Machine Learning (M3L) workshop with its call for papers: four areas with
/// sub-topics, papers of up to nine pages in any style, double-blind review. Its areas follow the real
/// workshop's call (held at NeurIPS 2023 and 2024); the dates are set around DeepMath 2025 so that the
/// call is open at the demo clock's start. The description says it is demonstration content.
/// </summary>
public static class DemoModernMlWorkshop
{
    public const string Slug = "m3l-2025";

    /// <summary>The call's topics as an organizer types them in the call form.</summary>
    public const string TopicOutlineText = """
        Reconciling optimization theory with deep learning practice
          - Edge of stability
          - Implicit bias
          - Continuous-time views of optimization
          - Adaptive optimizers
          - Loss landscape and sharpness
        Generalization for overparametrized models
          - Benign overfitting and double descent
          - Feature learning beyond the kernel regime
          - Grokking
          - Generalization under distribution shift
        Theory for foundation and pretrained models
          - Scaling laws
          - In-context learning
          - Emergent abilities
          - Transformers and attention
          - Fine-tuning and adaptation
        Provable guarantees beyond supervised learning
          - Deep reinforcement learning
          - Self-supervised and representation learning
          - Generative models (diffusion, flows)
          - Multimodal learning
        """;

    public static IReadOnlyList<string> Topics => TopicOutline.Parse(TopicOutlineText).Topics;

    public static Event CreateEvent(DateTimeOffset now) => new()
    {
        Kind = EventKind.Workshop,
        Title = "Mathematics of Modern Machine Learning (M3L) workshop",
        Slug = Slug,
        TimeZoneId = "America/Los_Angeles",
        StartsOn = new DateOnly(2025, 12, 6),
        EndsOn = new DateOnly(2025, 12, 6),
        CreatedAt = now,
        DescriptionMarkdown = """
            > **Demonstration content.** This workshop and its call describe a real meeting series, the Mathematics
            > of Modern Machine Learning workshop (NeurIPS 2023 and 2024), to show a call for papers with nested
            > topics. The dates here are made up around DeepMath 2025 for the demo: do not submit real work.

            Deep learning's success keeps outrunning its theory. This one-day workshop brings together theorists
            and practitioners to narrow the gap, in four areas: **reconciling optimization theory with deep
            learning practice**, **generalization for overparametrized models**, **theory for foundation and
            pretrained models**, and **provable guarantees beyond supervised learning**.

            We invite **papers of up to nine pages** (references and appendix included, anywhere in the paper),
            in the style you usually write in. Review is **double-blind**: leave names and affiliations out.
            Choose the sub-topics your paper is about, or a whole area when it spans one.
            """,
    };

    public static Call CreateCall(Guid eventId) => new()
    {
        EventId = eventId,
        Title = CallPresets.PapersTitle,
        OpensOn = new DateOnly(2025, 8, 1),
        ClosesOn = new DateOnly(2025, 9, 29),
        NotificationOn = new DateOnly(2025, 10, 22),
        DeadlineZone = DeadlineZone.AnywhereOnEarth,
        Topics = [.. Topics],
        Disciplines = ["Mathematics", "Statistics", "Computer science", "Physics"],
        DoubleBlind = true,
        ReviewsPerSubmission = 3,
        FormatRules = CallPresets.PaperRules,
        Template = TemplateChoice.None,
    };

    /// <summary>Adds the workshop once, organized by the demo organizer, with both demo reviewers on its committee with nested expertise.</summary>
    public static async Task EnsureAsync(DeepMathDbContext db, UserManager<AppUser> users, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(e => e.Slug == Slug, cancellationToken))
        {
            return;
        }
        var ev = CreateEvent(now);
        db.Events.Add(ev);
        var call = CreateCall(ev.Id);
        db.Calls.Add(call);
        var organizer = await users.FindByEmailAsync("organizer@deepmath.test");
        db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = organizer!.Id, AddedAt = now });
        var expertise = new Dictionary<string, string[]>
        {
            ["reviewer1@deepmath.test"] = [call.Topics[1], call.Topics[2]], // edge of stability, implicit bias
            ["reviewer2@deepmath.test"] = [call.Topics.First(t => t == "Theory for foundation and pretrained models")], // the whole area
        };
        foreach (var (email, topics) in expertise)
        {
            var user = await users.FindByEmailAsync(email);
            db.Reviewers.Add(new Reviewer
            {
                CallId = call.Id, UserId = user!.Id, AddedAt = now, MaxLoad = 8, ExpertiseTopics = [.. topics], ProfileUpdatedAt = now,
            });
        }
        db.ReviewSettings.Add(new ReviewSettings { CallId = call.Id, BiddingClosesOn = new DateOnly(2025, 10, 3), ReviewsDueOn = new DateOnly(2025, 10, 15) });
        await db.SaveChangesAsync(cancellationToken);
    }
}
