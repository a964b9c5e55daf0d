using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionsBench;

/// <summary>A call of generated abstracts and reviews, written through the application's own DbContext, with a fixed seed.</summary>
public static class Generator
{
    public const string Organizer = "bench-organizer@example.org";
    public const string Password = "bench password 2025";
    private static readonly string[] _topics = ["Optimization", "Generalization", "Approximation", "Robustness", "Dynamics", "Kernels", "Transformers", "Probability"];

    public static async Task<Guid?> FindCallAsync(IServiceProvider services, string slug)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepMathDbContext>();
        return await db.Events.Where(e => e.Slug == slug).Join(db.Calls, e => e.Id, c => c.EventId, (e, c) => (Guid?)c.Id).FirstOrDefaultAsync();
    }

    public static async Task<Guid> CallAsync(IServiceProvider services, string slug, int submissions, int reviewsPerSubmission, int authorsPerSubmission, int reviewers)
    {
        var random = new Random(2025);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepMathDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var organizer = await users.FindByEmailAsync(Organizer);
        if (organizer is null)
        {
            organizer = new AppUser { UserName = Organizer, Email = Organizer, EmailConfirmed = true, DisplayName = "Bench Organizer" };
            var created = await users.CreateAsync(organizer, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }
        var now = DateTimeOffset.UtcNow;
        var ev = new Event
        {
            Title = "DeepMath Bench", Slug = slug, TimeZoneId = "UTC", StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7),
            RegistrationOpensOn = new DateOnly(2025, 10, 1), RegistrationClosesOn = new DateOnly(2025, 11, 5), CreatedAt = now,
        };
        var call = new Call
        {
            EventId = ev.Id, Title = "Call for abstracts", OpensOn = new DateOnly(2025, 7, 1), ClosesOn = new DateOnly(2025, 8, 31),
            NotificationOn = new DateOnly(2025, 10, 1), Topics = [.. _topics], Disciplines = ["Mathematics", "Computer science", "Statistics"],
        };
        db.Events.Add(ev);
        db.Calls.Add(call);
        db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = organizer.Id });
        var members = Enumerable.Range(0, reviewers).Select(i => new Reviewer { CallId = call.Id, UserId = $"bench-reviewer-{slug}-{i}", AddedAt = now }).ToList();
        db.Reviewers.AddRange(members);
        var batch = new AssignmentBatch { CallId = call.Id, Kind = AssignmentBatchKind.Applied, CreatedAt = now, Summary = "generated", PairCount = submissions * reviewsPerSubmission };
        db.AssignmentBatches.Add(batch);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        // Each reviewer has a leniency of their own, so calibration has something to correct.
        var leniency = members.Select(_ => random.NextDouble() * 3 - 1.5).ToList();
        for (var start = 0; start < submissions; start += 1000)
        {
            for (var n = start + 1; n <= Math.Min(submissions, start + 1000); n++)
            {
                var submission = new Submission
                {
                    CallId = call.Id, Number = n, OwnerId = $"bench-owner-{n}", Title = $"On the {_topics[n % _topics.Length].ToLowerInvariant()} of deep networks, part {n}",
                    Abstract = $"Abstract {n}: we study a question about deep networks and prove a theorem.", State = SubmissionState.Submitted,
                    Topics = [_topics[n % _topics.Length], _topics[(n * 7) % _topics.Length]], Disciplines = [n % 3 == 0 ? "Statistics" : "Mathematics"],
                    CreatedAt = now, UpdatedAt = now, SubmittedAt = now,
                };
                submission.SetAuthors([.. Enumerable.Range(0, authorsPerSubmission).Select(a => new SubmissionAuthor
                {
                    Name = $"Author {n}-{a}", Email = $"author{n}-{a}@bench.example.org", Affiliation = "Bench University", Country = "Norway",
                })]);
                db.Submissions.Add(submission);
                var quality = random.NextDouble() * 6 + 2;
                foreach (var r in Distinct(random, reviewers, reviewsPerSubmission))
                {
                    db.Assignments.Add(new ReviewerAssignment { CallId = call.Id, SubmissionId = submission.Id, ReviewerId = members[r].Id, BatchId = batch.Id, CreatedAt = now });
                    db.Reviews.Add(new Review
                    {
                        CallId = call.Id, SubmissionId = submission.Id, ReviewerId = members[r].Id,
                        Overall = Math.Clamp((int)Math.Round(quality + leniency[r] + (random.NextDouble() * 2 - 1)), 1, 10), Confidence = random.Next(1, 6),
                        Scores = new() { ["relevance"] = random.Next(1, 6), ["novelty"] = random.Next(1, 6) },
                        CommentsToAuthors = $"Review of {n}: clear, but compare with prior work.", ConfidentialComments = "Borderline.",
                        CreatedAt = now, UpdatedAt = now, SubmittedAt = now,
                    });
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return call.Id;
    }

    /// <summary><paramref name="count"/> distinct numbers below <paramref name="max"/> (not a shuffle of all 4,000 reviewers per submission).</summary>
    private static List<int> Distinct(Random random, int max, int count)
    {
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var next = random.Next(max);
            if (!picked.Contains(next))
            {
                picked.Add(next);
            }
        }
        return picked;
    }
}
