using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Demo;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Demo;

/// <summary>The seeded demo has something on every page of every role: abstracts in review, bids, an applied assignment, reviews in every state, decisions and registrations.</summary>
[Collection(AppCollection.Name)]
public sealed class DemoActivityTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_fresh_demo_holds_abstracts_bids_an_assignment_reviews_in_every_state_decisions_and_registrations_once()
    {
        await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        var counts = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var callId = await db.Calls.Where(c => db.Events.Any(e => e.Id == c.EventId && e.Slug == DemoEvent.Slug)).Select(c => c.Id).SingleAsync();
            var due = new DateTimeOffset(2025, 9, 25, 4, 0, 0, TimeSpan.Zero);
            var reviewed = db.Reviews.Where(r => r.CallId == callId);
            return new
            {
                Submissions = await db.Submissions.CountAsync(x => x.CallId == callId),
                Bids = await db.Bids.CountAsync(),
                Batches = await db.AssignmentBatches.CountAsync(b => b.CallId == callId && b.Kind == AssignmentBatchKind.Applied),
                Assignments = await db.Assignments.CountAsync(a => a.CallId == callId),
                Reviewers = await db.Reviewers.CountAsync(r => r.CallId == callId),
                WithoutReview = await db.Assignments.CountAsync(a => a.CallId == callId && !db.Reviews.Any(r => r.SubmissionId == a.SubmissionId && r.ReviewerId == a.ReviewerId)),
                Drafts = await reviewed.CountAsync(r => r.SubmittedAt == null),
                OnTime = await reviewed.CountAsync(r => r.SubmittedAt != null && r.SubmittedAt < due),
                Late = await reviewed.CountAsync(r => r.SubmittedAt > due),
                Rejected = await db.Decisions.CountAsync(d => d.CallId == callId && d.OutcomeKey == DecisionOutcome.Reject && d.SentAt != null),
                Unsent = await db.Decisions.CountAsync(d => d.CallId == callId && d.SentAt == null),
                Paid = await db.Registrations.CountAsync(r => r.State == RegistrationState.Confirmed && r.Payment == PaymentState.Paid),
                Due = await db.Registrations.CountAsync(r => r.State == RegistrationState.Confirmed && r.Payment == PaymentState.Due),
                CheckedIn = await db.Registrations.CountAsync(r => r.CheckedInAt != null),
                Presenters = await db.Registrations.CountAsync(r => r.IsPresenter && r.State == RegistrationState.Confirmed),
                Cancelled = await db.Registrations.CountAsync(r => r.State == RegistrationState.Cancelled),
                AmiraOwns = await db.Submissions.CountAsync(x => db.Users.Any(u => u.Id == x.OwnerId && u.Email == "author2@deepmath.test")),
            };
        });
        Assert.Equal(40 + 30, counts.Submissions);
        Assert.Equal(1, counts.Batches);
        Assert.Equal(8, counts.Reviewers);
        Assert.Equal(90, counts.Assignments);
        Assert.True(counts.Bids >= 100, $"{counts.Bids} bids");
        Assert.Equal(18, counts.WithoutReview);
        Assert.Equal(18, counts.Drafts);
        Assert.Equal(36, counts.OnTime);
        Assert.Equal(18, counts.Late);
        Assert.Equal(12, counts.Rejected);
        Assert.Equal(6, counts.Unsent);
        Assert.True(counts.Paid >= 10 && counts.Due >= 5 && counts.CheckedIn >= 5, $"paid {counts.Paid}, due {counts.Due}, checked in {counts.CheckedIn}");
        Assert.Equal(5, counts.Presenters);
        Assert.Equal(1, counts.Cancelled);
        Assert.Equal(2, counts.AmiraOwns);
    }
}
