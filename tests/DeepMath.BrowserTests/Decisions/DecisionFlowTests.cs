using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using DeepMath.Web.Modules.Decisions.Jobs;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DeepMath.BrowserTests.Decisions;

[Collection(BrowserCollection.Name)]
public sealed class DecisionFlowTests(BrowserApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The other tests of the collection expect the demo's 2025-08-20.</summary>
    public Task DisposeAsync()
    {
        app.Clock.Freeze(BrowserApp.DemoNow);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_organizer_accepts_the_top_three_by_calibrated_score_and_sends_the_decisions_and_an_author_reads_hers_and_the_reviews()
    {
        var scene = await DecisionScene.ArrangeAsync(app);
        app.Clock.Freeze(DecisionScene.DecisionTime);
        var (title4, ada, adaEmail) = DecisionScene.Abstracts[3];

        // Olga sorts the table by calibrated score: best first, and not the raw mean's order (abstract 6 has the best mean).
        var olga = await app.NewPageAsync();
        var olgaBroken = new BrokenResources(olga);
        await new LoginPage(olga).SignInAsync(DecisionScene.OrganizerEmail, DecisionScene.Password);
        var decisions = new DecisionsPage(olga);
        await decisions.OpenAsync(scene.CallId);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], (await decisions.RowsAsync()).Select(r => r.Number));
        await decisions.SortByAsync("Calibrated");
        Assert.Equal(["Calibrated ▼"], await decisions.SortedHeadingsAsync());
        var ranked = await decisions.RowsAsync();
        Assert.Equal(["4", "2", "6", "1", "5", "3"], ranked.Select(r => r.Number));
        Assert.Equal(["+0.91", "+0.89", "+0.62", "-0.32", "-0.76", "-1.34"], ranked.Select(r => r.Calibrated));
        Assert.All(ranked, r => Assert.Equal("undecided", r.Decision));

        // The helper: preview the top three as talks and no posters, then record exactly that.
        var top = await decisions.OpenTopRankedAsync();
        await top.PreviewAsync(talks: 3, posters: 0);
        Assert.Equal(
            [new RankedRow("1", "4", "+0.91", "undecided", "talk"), new RankedRow("2", "2", "+0.89", "undecided", "talk"), new RankedRow("3", "6", "+0.62", "undecided", "talk")],
            await top.PlanAsync());
        decisions = await top.RecordAsync();
        Assert.Equal("3 accepted as talks and 0 as posters (3 changed). Nothing is sent to authors until you send the notifications.", await decisions.StatusAsync());
        ranked = await decisions.RowsAsync();
        Assert.Equal(["4", "2", "6", "1", "5", "3"], ranked.Select(r => r.Number));
        Assert.Equal(
            ["accepted as a talk (not sent)", "accepted as a talk (not sent)", "accepted as a talk (not sent)", "undecided", "undecided", "undecided"],
            ranked.Select(r => r.Decision));

        // The notification Ada will receive, previewed: her name and address, the outcome, the reviews' comments and nothing confidential.
        var templates = await decisions.OpenTemplatesAsync();
        await templates.ChooseOutcomeAsync("accepted as a talk");
        await templates.PreviewForAsync(4);
        Assert.Empty(await templates.ErrorsAsync());
        Assert.Equal("Preview for abstract 4", await templates.PreviewHeadingAsync());
        Assert.StartsWith($"{DecisionScene.EventTitle}: abstract 4 accepted as a talk — register by ", await templates.PreviewSubjectAsync());
        var preview = await templates.PreviewTextAsync();
        Assert.Contains($"To: {ada} <{adaEmail}>", preview);
        Assert.Contains($"Dear {ada},", preview);
        Assert.Contains($"\"{title4}\"", preview);
        Assert.Contains(DecisionScene.CommentsToAuthors(4, 0), preview);
        Assert.Contains(DecisionScene.CommentsToAuthors(4, 2), preview);
        Assert.DoesNotContain("Confidential note", preview);
        Assert.Empty(app.Smtp.To(adaEmail));

        // Send now: the three decided abstracts are announced, the three undecided ones listed as not notified.
        await decisions.OpenAsync(scene.CallId);
        var notify = await decisions.OpenNotifyAsync();
        Assert.Equal("Awaiting sending: 3 decision(s)\naccepted as a talk: 3", await notify.AwaitingAsync());
        Assert.StartsWith("3 submitted abstract(s) have no decision and will not be notified:", await notify.UndecidedAsync());
        await notify.SendNowAsync(3);
        Assert.StartsWith("Sending has started", await notify.StatusAsync());

        // What Hangfire's server would run (it is off in the browser tests): queue the notices, then deliver them past the pacing.
        Assert.Equal(3, await app.WithScopeAsync(s => s.GetRequiredService<SendDecisionNotificationsJob>().RunForCallAsync(scene.CallId, CancellationToken.None)));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var mail = await app.WaitForMailAsync(adaEmail);
        foreach (var number in new[] { 2, 6 })
        {
            await app.WaitForMailAsync(DecisionScene.Abstracts[number - 1].Email);
        }
        Assert.StartsWith($"{DecisionScene.EventTitle}: abstract 4 accepted as a talk — register by ", mail.Subject);
        Assert.Contains($"Dear {ada},", mail.TextBody);
        Assert.Contains(DecisionScene.CommentsToAuthors(4, 0), mail.TextBody);
        Assert.DoesNotContain("Confidential note", mail.TextBody);
        Assert.All(DecisionScene.Reviewers, r => Assert.DoesNotContain(r.Name, mail.TextBody, StringComparison.OrdinalIgnoreCase));
        foreach (var undecided in new[] { 1, 3, 5 })
        {
            Assert.Empty(app.Smtp.To(DecisionScene.Abstracts[undecided - 1].Email));
        }

        await notify.OpenAsync(scene.CallId);
        Assert.Equal("Awaiting sending: 0 decision(s)", await notify.AwaitingAsync());
        var deliveries = await notify.DeliveriesAsync();
        Assert.Equal(["2", "4", "6"], deliveries.Select(d => d.Number).Order());
        Assert.All(deliveries, d => Assert.Equal(("talk (rev. 1)", "sent"), (d.Decision, d.State)));
        Assert.Contains(deliveries, d => d.Recipient == $"{ada} <{adaEmail}>");
        Assert.Empty(olgaBroken.All);

        // Ada reads the decision and the reviews, as "Reviewer 1" and "Reviewer 2" only, and downloads her letter.
        var author = await app.NewPageAsync();
        var broken = new BrokenResources(author);
        var seen = new SeenPages(author);
        await new LoginPage(author).SignInAsync(adaEmail, DecisionScene.Password);
        var mine = new MySubmissionsPage(author);
        await mine.OpenAsync();
        await seen.RecordAsync();
        Assert.Equal("accepted as a talk", await mine.DecisionOfAsync(title4));
        var decision = await mine.OpenDecisionAsync(title4);
        await seen.RecordAsync();
        Assert.Equal("Abstract 4: decision", await decision.HeadingAsync());
        Assert.Equal($"\"{title4}\" is accepted as a talk at {DecisionScene.EventTitle}.", await decision.DecisionAsync());
        Assert.Equal([("Reviewer 1", DecisionScene.CommentsToAuthors(4, 0)), ("Reviewer 2", DecisionScene.CommentsToAuthors(4, 2))], await decision.ReviewsAsync());

        var download = await decision.DownloadLetterAsync();
        Assert.Equal($"acceptance-{DecisionScene.EventSlug}-4.pdf", download.SuggestedFilename);
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!)))
        {
            var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains($"This letter confirms that {ada}", words);
            Assert.Contains("accepted as a talk", words);
            Assert.Contains("abstract 4", words);
            seen.Record("the letter's text", words);
        }

        Assert.Empty(seen.Leaks(DecisionScene.Reviewers.SelectMany(r => new[] { r.Name, r.Email }).Append("Confidential note").Append("only the organizers read")));
        Assert.Empty(broken.All);
    }
}
