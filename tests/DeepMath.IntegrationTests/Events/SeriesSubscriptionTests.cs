using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

/// <summary>
/// E-mail subscriptions to a series: nothing is mailed before the address confirms, each new talk is mailed
/// once per subscriber however often the job runs, and only the holder of a mail's link can unsubscribe.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SeriesSubscriptionTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Talks_are_mailed_only_after_confirmation_and_once_per_talk_and_subscriber_when_the_job_runs_twice()
    {
        var organizer = await app.CreateUserAsync("olga@example.org", name: "Olga");
        await app.CreateSeriesAsync(organizer.Id);
        using var olga = app.NewSession();
        await olga.LoginAsync("olga@example.org", TestData.Password);

        var confirmMail = await SubscribeAsync("ada@example.org");
        await SubscribeAsync("bob@example.org");
        Assert.Contains("/subscriptions/series/unsubscribe?token=", confirmMail.TextBody);

        // A talk added while nobody has confirmed yet is mailed to no one.
        await AddTalkAsync(olga, "First talk", "2025-09-17");
        Assert.Equal(0, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());
        await app.DeliverMailAsync();
        Assert.DoesNotContain(app.Smtp.Messages, m => (m.Subject ?? "").Contains("First talk", StringComparison.Ordinal));

        // They confirm a minute later: the first talk was announced before they subscribed, so it stays unmailed.
        app.Clock.Freeze(app.Clock.GetUtcNow().AddMinutes(1));
        await ConfirmAsync(confirmMail);
        await ConfirmAsync(app.Smtp.To("bob@example.org").Single());

        app.Clock.Freeze(app.Clock.GetUtcNow().AddMinutes(5));
        var slug = await AddTalkAsync(olga, "Toward a Mathematical Theory of Deep Learning", "2025-10-15");
        Assert.Equal(2, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());
        await app.DeliverMailAsync();
        await app.DeliverMailAsync();

        foreach (var address in new[] { "ada@example.org", "bob@example.org" })
        {
            var mail = Assert.Single(app.Smtp.To(address), m => m.Subject == "SCMS Colloquium: Toward a Mathematical Theory of Deep Learning");
            // The text part may be folded at spaces: compare with single spaces.
            var text = System.Text.RegularExpressions.Regex.Replace(mail.TextBody ?? "", @"\s+", " ");
            Assert.Contains("by Weijie Su (University of Pennsylvania)", text);
            // (The listener reads the body's non-ASCII dash as "?": the two ends are checked.)
            Assert.Contains("When: Wednesday 15 October 2025, 10:30", text);
            Assert.Contains("11:30 (Asia/Shanghai, UTC+08:00). Where: Room 102, Shanghai Center for Mathematical Sciences.", text);
            Assert.Contains($"/events/{slug}", mail.TextBody);
            Assert.Contains("/subscriptions/series/unsubscribe?token=", mail.TextBody);
        }
        Assert.DoesNotContain(app.Smtp.Messages, m => (m.Subject ?? "").Contains("First talk", StringComparison.Ordinal));

        // The organizer's talk page is a colloquium's: no call is offered.
        var (_, talkPage) = await olga.GetAsync($"/events/{slug}");
        Assert.Contains("Edit event", talkPage);
        Assert.DoesNotContain("Add a call", talkPage);
    }

    [Fact]
    public async Task Unsubscribing_works_from_the_mail_link_and_never_with_a_guessed_token()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        await app.CreateSeriesAsync(organizer.Id);
        using var olga = app.NewSession();
        await olga.LoginAsync("olga@example.org", TestData.Password);
        var adaMail = await SubscribeAsync("ada@example.org");
        var bobMail = await SubscribeAsync("bob@example.org");
        await ConfirmAsync(adaMail);
        await ConfirmAsync(bobMail);

        // Someone without Bob's mail tries to end his subscription: a guessed token, no token, Ada's idea of it.
        using var mallory = app.NewSession();
        foreach (var guess in new[] { "guess", "", new string('A', 43) })
        {
            var refused = await mallory.PostFormAsync("/series/scms-colloquium", "/subscriptions/series/unsubscribe",
                new Dictionary<string, string> { ["token"] = guess });
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        // Ada follows the link in her mail: a page with one button, then she is out.
        var link = MailLinks.Find(adaMail, "/subscriptions/series/unsubscribe");
        using var ada = app.NewSession();
        var (status, page) = await ada.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("ada@example.org", page);
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["token"]!;
        var done = await ada.PostFormAsync(link, "/subscriptions/series/unsubscribe", new Dictionary<string, string> { ["token"] = token });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        // Twice is harmless: the link still answers, and she stays out.
        Assert.Equal(HttpStatusCode.Redirect, (await ada.PostFormAsync("/series/scms-colloquium", "/subscriptions/series/unsubscribe", new Dictionary<string, string> { ["token"] = token })).StatusCode);
        Assert.Contains("is not subscribed", WebUtility.HtmlDecode((await ada.GetAsync(link)).Html));

        app.Clock.Freeze(app.Clock.GetUtcNow().AddMinutes(5));
        await AddTalkAsync(olga, "After Ada left", "2025-10-15");
        Assert.Equal(1, await RunJobAsync());
        await app.DeliverMailAsync();
        Assert.Single(app.Smtp.To("bob@example.org"), m => (m.Subject ?? "").Contains("After Ada left", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Smtp.To("ada@example.org"), m => (m.Subject ?? "").Contains("After Ada left", StringComparison.Ordinal));
        var states = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().SeriesSubscribers
            .OrderBy(x => x.Email).Select(x => x.UnsubscribedAt != null).ToListAsync());
        Assert.Equal([true, false], states);
    }

    [Fact]
    public async Task A_bad_address_or_an_invalid_zone_gets_a_message_and_nothing_is_saved()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        await app.CreateSeriesAsync(organizer.Id);
        using var visitor = app.NewSession();
        var refused = await visitor.PostFormAsync("/series/scms-colloquium", "/series/scms-colloquium/subscribe", new Dictionary<string, string> { ["email"] = "not an address" });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("is not an e-mail address", (await visitor.GetAsync("/series/scms-colloquium")).Html);

        using var olga = app.NewSession();
        await olga.LoginAsync("olga@example.org", TestData.Password);
        var badZone = await olga.PostFormAsync("/series/scms-colloquium/talks/new", SeriesData.TalkFields("A talk", "2025-10-15", zone: "Asia/Atlantis"));
        Assert.Equal(HttpStatusCode.OK, badZone.StatusCode);
        Assert.Contains("&#x27;Asia/Atlantis&#x27; is not a time zone we know. Choose one from the list", await badZone.Content.ReadAsStringAsync());
        var backwards = await olga.PostFormAsync("/series/scms-colloquium/talks/new", SeriesData.TalkFields("A talk", "2025-10-15", start: "11:30", end: "10:30"));
        Assert.Contains("The end time 10:30 is not after the start time 11:30", await backwards.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().SeriesSubscribers.CountAsync()));
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Events.CountAsync()));

        // Someone who does not organize the series cannot add talks to it.
        await app.CreateUserAsync("eve@example.org");
        using var eve = app.NewSession();
        await eve.LoginAsync("eve@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync("/series/scms-colloquium/talks/new")).Status);
    }

    private async Task<MimeKit.MimeMessage> SubscribeAsync(string email)
    {
        using var visitor = app.NewSession();
        var answer = await visitor.PostFormAsync("/series/scms-colloquium", "/series/scms-colloquium/subscribe", new Dictionary<string, string> { ["email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("Check your e-mail", (await visitor.GetAsync("/series/scms-colloquium")).Html);
        await app.DeliverMailAsync();
        return Assert.Single(app.Smtp.To(email), m => m.Subject == "Confirm: new talks of SCMS Colloquium");
    }

    private async Task ConfirmAsync(MimeKit.MimeMessage mail)
    {
        var link = MailLinks.Find(mail, "/subscriptions/series/confirm");
        using var visitor = app.NewSession();
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["token"]!;
        var confirmed = await visitor.PostFormAsync(link, "/subscriptions/series/confirm", new Dictionary<string, string> { ["token"] = token });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("is subscribed", (await visitor.GetAsync("/series/scms-colloquium")).Html);
    }

    private async Task<string> AddTalkAsync(WebSession organizer, string title, string day)
    {
        var added = await organizer.PostFormAsync("/series/scms-colloquium/talks/new", SeriesData.TalkFields(title, day));
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
        return $"scms-colloquium-{day}";
    }

    private Task<int> RunJobAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AnnounceSeriesTalksJob>().RunAsync(CancellationToken.None));
}
