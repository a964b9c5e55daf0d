using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Demo;

/// <summary>
/// Fills DeepMath 2025 with the middle of its lifecycle, idempotently, so that every page of every role has
/// something to show at the demo's dates: 30 more submitted abstracts (two by the demo author Amira Author)
/// with bids from eight reviewers, an applied assignment of three reviewers each, reviews in every state (none,
/// draft, submitted, submitted late), decisions (rejections sent and not yet sent, the rest open), and
/// registrations (paid, payment due, checked in, presenters, one cancelled). Generated people have accounts
/// without passwords: nobody can sign in as them.
/// </summary>
public sealed class DemoActivitySeeder(DeepMathDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const int Attendees = 24;
    private static readonly DateTimeOffset Submitted = new(2025, 8, 25, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Assigned = new(2025, 9, 8, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Decided = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

    public async Task SeedAsync(string slug, CancellationToken cancellationToken)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync(cancellationToken);
        var callId = await db.Calls.Where(c => c.EventId == eventId).OrderBy(c => c.OpensOn).Select(c => c.Id).FirstAsync(cancellationToken);
        if (await db.AssignmentBatches.AnyAsync(b => b.CallId == callId, cancellationToken))
        {
            return;
        }
        var organizer = (await users.FindByEmailAsync("organizer@deepmath.test"))!;
        var amira = (await users.FindByEmailAsync("author2@deepmath.test"))!;
        var submissions = await AddSubmissionsAsync(callId, amira, organizer.Id, cancellationToken);
        var reviewers = await ReviewersAsync(callId, cancellationToken);
        AddBidsAndReviews(callId, organizer.Id, submissions, reviewers);
        AddDecisions(callId, organizer.Id, submissions);
        await db.SaveChangesAsync(cancellationToken);
        await AddRegistrationsAsync(eventId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<Submission>> AddSubmissionsAsync(Guid callId, AppUser amira, string organizerId, CancellationToken cancellationToken)
    {
        var first = (await db.Submissions.Where(s => s.CallId == callId).MaxAsync(s => (int?)s.Number, cancellationToken) ?? 0) + 1;
        var topics = DemoEvent.Topics;
        var list = new List<Submission>();
        for (var i = 0; i < DemoActivityTexts.Count; i++)
        {
            var at = Submitted.AddHours(i * 7);
            var submission = new Submission
            {
                CallId = callId, Number = first + i, OwnerId = i < 2 ? amira.Id : organizerId, Title = DemoActivityTexts.Title(i), Abstract = DemoActivityTexts.Abstract(i),
                Topics = [topics[i % topics.Length]], Disciplines = ["Mathematics"], State = SubmissionState.Submitted, CreatedAt = at, UpdatedAt = at, SubmittedAt = at,
            };
            var authors = DemoActivityTexts.Authors(i).Select((a, k) => new SubmissionAuthor { Position = k, Name = a.Name, Email = a.Email, Affiliation = a.Affiliation, Country = a.Country }).ToList();
            // Amira presents the first and is a co-author of the second (one abstract per presenting author and call).
            if (i < 2)
            {
                authors[i] = new SubmissionAuthor { Position = i, Name = amira.DisplayName, Email = amira.Email!, Affiliation = "University of Bergen", Country = "Norway" };
            }
            submission.SetAuthors(authors);
            db.Submissions.Add(submission);
            list.Add(submission);
        }
        await db.SaveChangesAsync(cancellationToken);
        var last = first + DemoActivityTexts.Count - 1;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO submissions.submission_counters (call_id, last_number) VALUES ({callId}, {last})
            ON CONFLICT (call_id) DO UPDATE SET last_number = GREATEST(submission_counters.last_number, {last})
            """, cancellationToken);
        return list;
    }

    /// <summary>The two demo reviewers and six generated ones, with profiles filled in.</summary>
    private async Task<List<Reviewer>> ReviewersAsync(Guid callId, CancellationToken cancellationToken)
    {
        foreach (var (name, email, _) in DemoActivityTexts.Reviewers)
        {
            await EnsureAccountAsync(email, name);
        }
        var members = await db.Reviewers.Where(r => r.CallId == callId).ToListAsync(cancellationToken);
        foreach (var (_, email, affiliation) in DemoActivityTexts.Reviewers)
        {
            var user = (await users.FindByEmailAsync(email))!;
            if (members.All(m => m.UserId != user.Id))
            {
                var member = new Reviewer { CallId = callId, UserId = user.Id, AddedAt = Assigned.AddDays(-20), MaxLoad = 15, Affiliations = [affiliation] };
                db.Reviewers.Add(member);
                members.Add(member);
            }
        }
        foreach (var (member, k) in members.Select((m, k) => (m, k)))
        {
            member.ExpertiseTopics = [DemoEvent.Topics[k % DemoEvent.Topics.Length], DemoEvent.Topics[(k + 3) % DemoEvent.Topics.Length]];
            member.Statement = "Theory of deep learning: approximation, optimization and generalization.";
            member.ProfileUpdatedAt = Assigned.AddDays(-15);
        }
        return members;
    }

    private void AddBidsAndReviews(Guid callId, string organizerId, List<Submission> submissions, List<Reviewer> reviewers)
    {
        var values = new[] { BidValue.Eager, BidValue.Willing, BidValue.Neutral, BidValue.Willing, BidValue.Reluctant, BidValue.NotWilling };
        for (var r = 0; r < reviewers.Count; r++)
        {
            for (var s = 0; s < submissions.Count; s++)
            {
                if ((s + r) % 3 != 2)
                {
                    db.Bids.Add(new Bid { ReviewerId = reviewers[r].Id, SubmissionId = submissions[s].Id, Value = values[(s * 5 + r) % values.Length], UpdatedAt = Assigned.AddDays(-5) });
                }
            }
        }
        var batch = new AssignmentBatch
        {
            CallId = callId, Kind = AssignmentBatchKind.Applied, CreatedAt = Assigned, CreatedBy = organizerId, PairCount = submissions.Count * 3,
            Summary = $"Applied the solver's assignment: {submissions.Count * 3} pairs, 3 reviewers per abstract.",
        };
        db.AssignmentBatches.Add(batch);
        var pair = 0;
        for (var s = 0; s < submissions.Count; s++)
        {
            for (var k = 0; k < 3; k++, pair++)
            {
                var reviewer = reviewers[(s + (k * 3)) % reviewers.Count];
                db.Assignments.Add(new ReviewerAssignment { CallId = callId, SubmissionId = submissions[s].Id, ReviewerId = reviewer.Id, CreatedAt = Assigned, CreatedBy = organizerId, BatchId = batch.Id });
                if (Review(callId, submissions[s].Id, reviewer.Id, pair) is { } review)
                {
                    db.Reviews.Add(review);
                }
            }
        }
    }

    /// <summary>Every fifth pair has no review, one a draft, two submitted on time, one submitted after the deadline (24 September).</summary>
    private static Review? Review(Guid callId, Guid submissionId, Guid reviewerId, int pair)
    {
        var kind = pair % 5;
        if (kind == 0)
        {
            return null;
        }
        var overall = 3 + (pair * 7 % 7);
        var started = Assigned.AddDays(2 + (pair % 6));
        var review = new Review
        {
            CallId = callId, SubmissionId = submissionId, ReviewerId = reviewerId, CreatedAt = started, UpdatedAt = started,
            Scores = new Dictionary<string, int> { ["relevance"] = 2 + (pair % 4), ["novelty"] = 1 + (pair % 5), ["rigor"] = 2 + (pair * 3 % 4), ["clarity"] = 3 + (pair % 3) },
            Overall = overall, Confidence = 2 + (pair % 4), CommentsToAuthors = DemoActivityTexts.Comments[pair % DemoActivityTexts.Comments.Length],
            ConfidentialComments = pair % 3 == 0 ? "Borderline; I would accept it as a poster." : string.Empty,
        };
        if (kind == 1)
        {
            review.Overall = null;
            review.CommentsToAuthors = DemoActivityTexts.Comments[pair % DemoActivityTexts.Comments.Length].Split('\n')[0];
            return review;
        }
        review.SubmittedAt = kind == 4 ? new DateTimeOffset(2025, 9, 27, 9, 30, 0, TimeSpan.Zero) : started.AddDays(1);
        review.UpdatedAt = review.SubmittedAt.Value;
        return review;
    }

    /// <summary>
    /// The first twelve rejected and told, the next six rejected but not sent yet, the rest undecided. None is accepted:
    /// the released program holds the accepted abstracts, and an accepted one outside it would stand unplaced in the editor.
    /// </summary>
    private void AddDecisions(Guid callId, string organizerId, List<Submission> submissions)
    {
        for (var s = 0; s < 18; s++)
        {
            var decision = new Decision
            {
                CallId = callId, SubmissionId = submissions[s].Id, OutcomeKey = DecisionOutcome.Reject,
                DecidedBy = organizerId, DecidedAt = Decided.AddHours(-2),
            };
            if (s < 12)
            {
                decision.MarkSent(Decided);
            }
            db.Decisions.Add(decision);
        }
    }

    /// <summary>Attendees with every payment state, some checked in, five presenting authors and one cancellation.</summary>
    private async Task AddRegistrationsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var types = await db.TicketTypes.Where(t => t.EventId == eventId).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        for (var i = 0; i < Attendees; i++)
        {
            var presenter = i < 5;
            var email = presenter ? $"presenter{i + 2}@deepmath.test" : $"attendee{i + 1}@deepmath.test";
            var (name, affiliation, country) = presenter ? (DemoAbstracts.Presenters[i + 1].Name, DemoAbstracts.Presenters[i + 1].Affiliation, "Norway") : DemoActivityTexts.Attendee(i);
            var user = await EnsureAccountAsync(email, name);
            var type = types[i % types.Count];
            var at = new DateTimeOffset(2025, 10, 2, 9, 0, 0, TimeSpan.Zero).AddHours(i * 13);
            var registration = new EventRegistration
            {
                EventId = eventId, UserId = user.Id, Email = email, TicketTypeId = type.Id, BadgeName = name, Affiliation = affiliation, Country = country,
                CareerStage = (CareerStage)(i % Enum.GetValues<CareerStage>().Length), Fee = type.Fee, IsPresenter = presenter, CreatedAt = at,
                Dietary = i % 4 == 0 ? "vegetarian" : null, Accessibility = i % 9 == 0 ? "step-free access" : null, ListConsent = i % 3 != 0,
            };
            registration.Confirm(at);
            if (i % 3 != 1 && registration.Payment == PaymentState.Due)
            {
                registration.Payment = PaymentState.Paid;
                registration.PaidAt = at.AddDays(3);
                registration.PaymentReference = $"BANK-{1000 + i}";
            }
            if (i % 4 == 2)
            {
                registration.CheckedInAt = new DateTimeOffset(2025, 11, 6, 13, 15, 0, TimeSpan.Zero).AddMinutes(i);
                registration.CheckedInBy = "Olga Organizer";
            }
            if (i == Attendees - 1)
            {
                registration.Cancel(at.AddDays(5));
            }
            db.Registrations.Add(registration);
        }
    }

    private async Task<AppUser> EnsureAccountAsync(string email, string name)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user);
        return result.Succeeded ? user : throw new InvalidOperationException("Seeding a demo account failed: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
