using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Reviewers with unfinished reviews are reminded 3 days and 1 day before the deadline and daily once overdue, each once.</summary>
[Collection(AppCollection.Name)]
public sealed class ReviewReminderTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 9, 12, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reminders_fall_on_their_days_once_each_and_follow_a_moved_deadline()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1, scene.Paper2);
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper2);
        using (var rita = await app.SignedInAsync("rita@uni-a.edu"))
        {
            using var done = await rita.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview());
            var draft = ReviewData.FullReview();
            draft["Intent"] = "draft";
            using var half = await rita.PostFormAsync(scene.ReviewUrl(2), draft);
        }
        using (var sam = await app.SignedInAsync("sam@uni-b.edu"))
        {
            using var done = await sam.PostFormAsync(scene.ReviewUrl(2), ReviewData.FullReview());
        }
        var due = ReviewScene.DueAt;

        Assert.Empty(await RunTwiceAsync(due - TimeSpan.FromDays(3) - TimeSpan.FromMilliseconds(1)));
        Assert.Single(await RunTwiceAsync(due - TimeSpan.FromDays(3)));
        Assert.Empty(await RunTwiceAsync(due - TimeSpan.FromDays(1) - TimeSpan.FromMilliseconds(1)));
        Assert.Single(await RunTwiceAsync(due - TimeSpan.FromDays(1)));
        Assert.Empty(await RunTwiceAsync(due - TimeSpan.FromMilliseconds(1)));
        Assert.Single(await RunTwiceAsync(due));
        Assert.Empty(await RunTwiceAsync(due + TimeSpan.FromHours(19))); // still 2025-09-21 in New York
        Assert.Single(await RunTwiceAsync(due + TimeSpan.FromDays(1)));

        // Moving the deadline a week on makes its own reminders due, and ends the overdue ones.
        await app.SetReviewsDueAsync(scene.CallId, new DateOnly(2025, 9, 27));
        Assert.Empty(await RunTwiceAsync(due + TimeSpan.FromDays(1) + TimeSpan.FromHours(1)));
        Assert.Single(await RunTwiceAsync(due + TimeSpan.FromDays(4)));

        Assert.Equal(5, await app.DeliverMailAsync());
        var mails = app.Smtp.To("rita@uni-a.edu");
        Assert.Equal(5, mails.Count);
        Assert.Empty(app.Smtp.To("sam@uni-b.edu"));
        Assert.Equal(
            ["DeepMath 2025: 1 review due in 3 days", "DeepMath 2025: 1 review due tomorrow", "DeepMath 2025: 1 review overdue", "DeepMath 2025: 1 review overdue", "DeepMath 2025: 1 review due in 3 days"],
            mails.Select(m => m.Subject));
        var text = mails[0].TextBody;
        Assert.Contains("Abstract 2, \"Sharp minima\"", text);
        Assert.Contains($"/calls/{scene.CallId}/assigned/2/review", text);
        Assert.Contains("Saturday 20 September 2025, 23:59", text);
        Assert.DoesNotContain("Wide networks", text); // submitted already
        foreach (var mail in mails)
        {
            Assert.DoesNotContain("Cy Kernel", mail.HtmlBody + mail.TextBody);
            Assert.DoesNotContain("kernel.org", mail.HtmlBody + mail.TextBody);
        }

        // Once everything is submitted, nobody is reminded.
        using (var rita = await app.SignedInAsync("rita@uni-a.edu"))
        {
            using var finished = await rita.PostFormAsync(scene.ReviewUrl(2), ReviewData.FullReview());
        }
        Assert.Empty(await RunTwiceAsync(new DateTimeOffset(2025, 9, 27, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task No_deadline_means_no_reminders_and_the_job_is_registered()
    {
        var scene = await app.ReviewSceneAsync();
        await app.SetReviewsDueAsync(scene.CallId, null);
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper2);
        Assert.Empty(await RunTwiceAsync(ReviewScene.DueAt - TimeSpan.FromDays(1)));
        var registered = await app.WithScopeAsync(s => Task.FromResult(s.GetServices<DeepMath.Web.Infrastructure.Jobs.RecurringJobDefinition>().Select(d => d.Id).ToList()));
        Assert.Contains(RemindReviewersJob.RecurringId, registered);
        var outbox = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages.CountAsync());
        Assert.Equal(0, outbox);
    }

    private async Task<IReadOnlyList<string>> RunTwiceAsync(DateTimeOffset now)
    {
        app.Clock.Freeze(now);
        var first = await app.WithScopeAsync(s => s.GetRequiredService<RemindReviewersJob>().RunAsync(CancellationToken.None));
        var second = await app.WithScopeAsync(s => s.GetRequiredService<RemindReviewersJob>().RunAsync(CancellationToken.None));
        Assert.Empty(second);
        return first;
    }
}
