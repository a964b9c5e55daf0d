using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Unanswered invitations get a reminder N days after the last e-mail, at most twice, each once however the job runs.</summary>
[Collection(AppCollection.Name)]
public sealed class InvitationReminderTests(AppFixture app) : IAsyncLifetime
{
    private static readonly DateTimeOffset Invited = new(2025, 8, 20, 12, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => app.ResetAsync(Invited);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reminders_follow_the_calls_interval_stop_after_two_and_are_sent_once_by_concurrent_runs()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var (_, other) = await app.CreateEventAsync(slug: "other-2025", zone: "UTC", organizerIds: [organizer.Id]);
        await app.WithScopeAsync(s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            db.ReviewSettings.Add(new ReviewSettings { CallId = call.Id, InvitationReminderDays = 2 });
            return db.SaveChangesAsync();
        });
        using var olga = await app.SignedInAsync("olga@example.org");
        using (await olga.InviteAsync(call.Id, "ada@uni-a.edu\nbob@uni-b.edu"))
        using (await olga.InviteAsync(other.Id, "dan@uni-d.edu"))
        {
        }
        var bobLink = await app.InvitationLinkAsync("bob@uni-b.edu");
        using (var bob = app.NewSession())
        using (await bob.PostFormAsync(bobLink, $"{bobLink}/decline", new Dictionary<string, string>()))
        {
        }
        Assert.Equal(0, await RunTwiceAsync());

        app.Clock.Freeze(Invited + TimeSpan.FromDays(2) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await RunTwiceAsync());

        app.Clock.Freeze(Invited + TimeSpan.FromDays(2));
        Assert.Equal(1, await RunTwiceAsync());
        var ada = await app.InvitationAsync("ada@uni-a.edu");
        Assert.Equal((1, Invited + TimeSpan.FromDays(2)), (ada.RemindersSent, ada.LastSentAt));

        // The call without settings uses the default of 3 days; the second reminder counts from the first.
        app.Clock.Freeze(Invited + TimeSpan.FromDays(3));
        Assert.Equal(1, await RunTwiceAsync());
        Assert.Equal(1, (await app.InvitationAsync("dan@uni-d.edu")).RemindersSent);

        app.Clock.Freeze(Invited + TimeSpan.FromDays(4));
        Assert.Equal(1, await RunConcurrentlyAsync());
        Assert.Equal(2, (await app.InvitationAsync("ada@uni-a.edu")).RemindersSent);

        app.Clock.Freeze(Invited + TimeSpan.FromDays(30));
        Assert.Equal(1, await RunConcurrentlyAsync()); // dan's second; ada has had both
        Assert.Equal(0, await RunTwiceAsync());

        await app.DeliverMailAsync();
        var toAda = app.Smtp.To("ada@uni-a.edu");
        Assert.Equal(3, toAda.Count);
        Assert.Equal(2, toAda.Count(m => m.Subject == "Reminder — DeepMath 2025: invitation to review"));
        Assert.All(toAda, m => Assert.Contains("/invitations/", m.TextBody));
        Assert.Single(app.Smtp.To("bob@uni-b.edu"));
        Assert.Equal(3, app.Smtp.To("dan@uni-d.edu").Count);
        using var later = await app.SignedInAsync("olga@example.org"); // the first session's cookie has expired by now
        var (_, list) = await later.GetAsync($"/calls/{call.Id}/reviewers");
        Assert.Contains("pending, 2 reminder(s) sent", list);
    }

    private Task<int> RunAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<RemindInvitedReviewersJob>().RunAsync(CancellationToken.None));

    private async Task<int> RunTwiceAsync() => await RunAsync() + await RunAsync();

    /// <summary>Two runs at the same moment, as on two instances (Hangfire's own lock is not in play here).</summary>
    private async Task<int> RunConcurrentlyAsync() => (await Task.WhenAll(RunAsync(), RunAsync(), RunAsync())).Sum();
}
