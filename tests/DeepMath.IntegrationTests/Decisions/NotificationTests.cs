using System.Net;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Decisions;

/// <summary>Notifications go to every listed author exactly once: now or on the notification date, through failures and repeated runs.</summary>
[Collection(AppCollection.Name)]
public sealed class NotificationTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Send_now_notifies_each_author_once_through_smtp_failures_and_a_second_run()
    {
        var setup = await app.DecisionCallAsync();
        await app.ReviewAsync(setup, 1, 1, 8, comments: "A clean argument.", confidential: "Secret praise.");
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        await olga.DecideAsync(setup, DecisionOutcome.Poster, 1);
        await olga.DecideAsync(setup, DecisionOutcome.Reject, 2, 3);

        var notify = (await olga.GetAsync($"{setup.Dashboard}/notify")).Html;
        Assert.Contains("1 submitted abstract(s) have no decision", notify, StringComparison.Ordinal);
        Assert.Contains("4. Paper number 4", notify, StringComparison.Ordinal);
        using var send = await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notify/send", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, send.StatusCode);

        app.Smtp.RefuseNext(2);
        Assert.Equal(4, await app.RunNotificationsJobAsync());
        Assert.Equal(0, await app.RunNotificationsJobAsync());
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<SendDecisionNotificationsJob>().RunForCallAsync(setup.Call.Id, CancellationToken.None)));
        await app.DeliverAllAsync();
        await app.DeliverAllAsync();

        Assert.Equal(2, app.Smtp.RefusedCount);
        Assert.Equal(4, app.Smtp.Messages.Count);
        var ada = Assert.Single(app.Smtp.To(DecisionsData.Ada));
        Assert.Single(app.Smtp.To(DecisionsData.Bob));
        Assert.Equal("DeepMath 2025: abstract 1 accepted as a poster — register by 5 November 2025", ada.Subject);
        Assert.Contains("Dear Ada Lovelace", ada.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reviewer 1: A clean argument.", ada.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret praise", ada.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewer Person", ada.TextBody, StringComparison.Ordinal);
        Assert.Equal("DeepMath 2025: decision on abstract 2 — not accepted", Assert.Single(app.Smtp.To("author2@example.org")).Subject);
        Assert.Empty(app.Smtp.To("author4@example.org"));

        var delivery = (await olga.GetAsync($"{setup.Dashboard}/notify")).Html;
        Assert.Contains("sent: 4", delivery, StringComparison.Ordinal);
        Assert.Contains("Send 0 now", delivery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_decision_is_sent_again_once_and_a_resend_by_hand_goes_to_one_person()
    {
        var setup = await app.DecisionCallAsync();
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        await olga.DecideAsync(setup, DecisionOutcome.Reject, 1);
        await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notify/send", new Dictionary<string, string>());
        await app.RunNotificationsJobAsync();
        await app.DeliverAllAsync();
        Assert.Equal(2, app.Smtp.Messages.Count);

        await olga.DecideAsync(setup, DecisionOutcome.Talk, 1);
        await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notify/send", new Dictionary<string, string>());
        await app.RunNotificationsJobAsync();
        await app.RunNotificationsJobAsync();
        await app.DeliverAllAsync();
        Assert.Equal(4, app.Smtp.Messages.Count);
        Assert.Equal(["DeepMath 2025: abstract 1 accepted as a talk — register by 5 November 2025", "DeepMath 2025: decision on abstract 1 — not accepted"],
            app.Smtp.To(DecisionsData.Bob).Select(m => m.Subject).Order(StringComparer.Ordinal));

        var bobNotice = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().DecisionNotices
            .SingleAsync(n => n.Email == DecisionsData.Bob && n.Revision == 2));
        using var resend = await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notices/{bobNotice.Id}/resend", new Dictionary<string, string>());
        Assert.Contains("queued again", (await olga.GetAsync($"{setup.Dashboard}/notify")).Html, StringComparison.Ordinal);
        await app.DeliverAllAsync();
        Assert.Equal(5, app.Smtp.Messages.Count);
        Assert.Equal(3, app.Smtp.To(DecisionsData.Bob).Count);
        Assert.Equal(2, app.Smtp.To(DecisionsData.Ada).Count);
        var oldNotice = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().DecisionNotices.SingleAsync(n => n.Email == DecisionsData.Bob && n.Revision == 1));
        using var stale = await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notices/{oldNotice.Id}/resend", new Dictionary<string, string>());
        Assert.Contains("The decision has changed since this message", (await olga.GetAsync($"{setup.Dashboard}/notify")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduled_sending_waits_for_the_notification_date_and_follows_it_when_it_moves()
    {
        var setup = await app.DecisionCallAsync();
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        await olga.DecideAsync(setup, DecisionOutcome.Talk, 1);
        using var scheduled = await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notify/schedule", new Dictionary<string, string> { ["onDate"] = "true" });
        Assert.Contains("Scheduled: sent automatically", (await olga.GetAsync($"{setup.Dashboard}/notify")).Html, StringComparison.Ordinal);

        app.Clock.Freeze(new DateTimeOffset(2025, 9, 30, 23, 59, 59, TimeSpan.Zero));
        Assert.Equal(0, await app.RunNotificationsJobAsync());

        // The organizers move the date to 3 October before it comes: 1 October passes silently.
        await MoveNotificationDateAsync(setup, new DateOnly(2025, 10, 3));
        app.Clock.Freeze(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await app.RunNotificationsJobAsync());
        app.Clock.Freeze(new DateTimeOffset(2025, 10, 2, 23, 59, 59, TimeSpan.Zero));
        Assert.Equal(0, await app.RunNotificationsJobAsync());
        Assert.Empty(app.Smtp.Messages);

        app.Clock.Freeze(new DateTimeOffset(2025, 10, 3, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await app.RunNotificationsJobAsync());
        Assert.Equal(0, await app.RunNotificationsJobAsync());
        await app.DeliverAllAsync();
        Assert.Equal(2, app.Smtp.Messages.Count);

        // A decision made after the scheduled sending waits for an organizer to send it.
        await olga.DecideAsync(setup, DecisionOutcome.Poster, 2);
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await app.RunNotificationsJobAsync());
        Assert.Contains("(done for 2025-10-03)", (await olga.GetAsync($"{setup.Dashboard}/notify")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_is_paced_and_two_senders_at_once_never_duplicate()
    {
        var setup = await app.DecisionCallAsync(submissions: 30);
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        await olga.DecideAsync(setup, DecisionOutcome.Poster, [.. Enumerable.Range(1, 30)]);

        var counts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => app.WithScopeAsync(s =>
            s.GetRequiredService<DecisionMailer>().SendAsync(setup.Call.Id, CancellationToken.None))));
        Assert.Equal(31, counts.Sum());

        var due = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith("decision:")).Select(m => m.NextAttemptAt).ToListAsync());
        Assert.Equal(31, due.Count);
        // 60 a minute by default: at least a second apart within a sender's run, spanning half a minute in all.
        Assert.True(due.Max() - due.Min() >= TimeSpan.FromSeconds(10), $"{due.Min():O} .. {due.Max():O}");
        // Only each sender's first message is due at once; the rest wait for their turn.
        Assert.InRange(await app.DeliverMailAsync(), 1, 3);
        Assert.InRange(await app.DeliverAllAsync(TimeSpan.FromMinutes(2)), 28, 30);
        Assert.Equal(31, app.Smtp.Messages.Select(m => m.To.Mailboxes.Single().Address + m.Subject).Distinct().Count());
        Assert.Equal(31, app.Smtp.Messages.Count);
        var states = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages.Select(m => m.State).ToListAsync());
        Assert.All(states, st => Assert.Equal(OutboxState.Sent, st));
    }

    private Task MoveNotificationDateAsync(DecisionCall setup, DateOnly date) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var call = await db.Calls.SingleAsync(c => c.Id == setup.Call.Id);
            call.NotificationOn = date;
            return await db.SaveChangesAsync();
        });
}
