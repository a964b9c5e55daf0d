using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Inserts what review tests start from: submitted abstracts with authors, and committee members.</summary>
public static class ReviewingData
{
    /// <summary>While bidding is open for the test call (closed 2025-08-31, notification 2025-10-01, UTC).</summary>
    public static readonly DateTimeOffset BiddingTime = new(2025, 9, 10, 12, 0, 0, TimeSpan.Zero);

    public static Task<Submission> SubmitAsync(this AppFixture app, Guid callId, int number, string title, string[] topics,
        params (string Name, string Email, string Affiliation)[] authors) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var submission = new Submission
            {
                CallId = callId, OwnerId = "owner-" + number, Number = number, Title = title, Topics = [.. topics],
                Abstract = $"Abstract {number} studies {title.ToLowerInvariant()} in deep networks.", State = SubmissionState.Submitted,
            };
            submission.SetAuthors([.. authors.Select(a => new SubmissionAuthor { Name = a.Name, Email = a.Email, Affiliation = a.Affiliation, Country = "Norway" })]);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission;
        });

    public static Task<Reviewer> AddReviewerAsync(this AppFixture app, Guid callId, string userId, Action<Reviewer>? profile = null) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var reviewer = new Reviewer { CallId = callId, UserId = userId };
            profile?.Invoke(reviewer);
            db.Reviewers.Add(reviewer);
            await db.SaveChangesAsync();
            return reviewer;
        });

    public static async Task<WebSession> SignedInAsync(this AppFixture app, string email)
    {
        var session = app.NewSession();
        using var response = await session.LoginAsync(email, TestData.Password);
        return session;
    }
}
