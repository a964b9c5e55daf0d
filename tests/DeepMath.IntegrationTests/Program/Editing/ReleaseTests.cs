using System.Net;
using System.Xml.Linq;
using DeepMath.IntegrationTests.Decisions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Program.Editing;

/// <summary>Releases: the diff against the previous one, the public changes page and feed, and presenter e-mails exactly once.</summary>
[Collection(AppCollection.Name)]
public sealed class ReleaseTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_affected_presenter_is_mailed_once_about_their_own_item_and_an_unchanged_release_mails_nobody()
    {
        var setup = await app.AcceptedAsync();
        using var olga = await app.OrganizerAsync();
        await olga.EditAsync("rooms", new() { ["Name"] = "Hall A", ["Capacity"] = "80" });
        var hall = (await app.DraftAsync(setup.Call.EventId)).Rooms.Single().Id;
        await olga.EditAsync("sessions", ProgramSetup.Session("Talks", hall, "09:00", "10:00"));
        await olga.EditAsync("sessions", ProgramSetup.Session("Posters", hall, "14:00", "15:30", "PosterSession"));
        var draft = await app.DraftAsync(setup.Call.EventId);
        var (talks, posters) = (draft.Sessions[0].Id, draft.Sessions[1].Id);
        await olga.EditAsync("items/place", new() { ["SessionId"] = $"{talks}", ["SubmissionId"] = $"{setup.Submissions[0].Id}", ["Minutes"] = "20" });
        var placed = await olga.EditAsync("posters", new() { ["SessionId"] = $"{posters}", ["Order"] = "TopicThenNumber" });
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Equal([1, 2], (await app.DraftAsync(setup.Call.EventId)).Sessions[1].Items.Select(i => i.BoardNumber!.Value));

        Assert.Equal(HttpStatusCode.Redirect, (await olga.ReleaseAsync("First program")).StatusCode);
        Assert.Equal(3, await app.DeliverAllAsync());
        var first = app.Smtp.Messages.ToList();
        Assert.Equal(["ada@uni-a.edu", "author2@example.org", "author3@example.org"], first.Select(m => m.To.Mailboxes.Single().Address).Order());
        var adaMail = first.Single(m => m.To.Mailboxes.Single().Address == DecisionsData.Ada);
        Assert.Contains("your talk is in the program", adaMail.Subject);
        // (The test listener reads the body as ASCII, so the assertions stay clear of the en dash between the times.)
        Assert.Contains("Thursday 6 November 2025, 09:00", adaMail.TextBody);
        Assert.Contains("09:20, Hall A, session \"Talks\"", adaMail.TextBody);
        var ics = Assert.Single(adaMail.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("slot.ics", ics.FileName);
        using (var content = new MemoryStream())
        {
            await ics.Content!.DecodeToAsync(content);
            var text = System.Text.Encoding.UTF8.GetString(content.ToArray());
            Assert.Contains("BEGIN:VEVENT", text);
            Assert.Contains("Implicit bias of gradient descent", text);
        }
        // By topic: #3 (Generalization) takes board 1 before #2 (Optimization).
        Assert.Contains("board 1", first.Single(m => m.To.Mailboxes.Single().Address == "author3@example.org").TextBody);
        Assert.Contains("board 2", first.Single(m => m.To.Mailboxes.Single().Address == "author2@example.org").TextBody);

        // The same program again: a release, but no e-mail.
        Assert.Equal(HttpStatusCode.Redirect, (await olga.ReleaseAsync("Same again")).StatusCode);
        Assert.Equal(0, await app.DeliverAllAsync());

        // An opening before Ada's talk moves it by ten minutes: only Ada hears of it.
        await olga.EditAsync("items/free", new() { ["SessionId"] = $"{talks}", ["Title"] = "Opening", ["Minutes"] = "10" });
        var opening = (await app.DraftAsync(setup.Call.EventId)).Sessions[0].Items.Single(i => i.Title == "Opening").Id;
        await olga.EditAsync("items/move", new() { ["ItemId"] = $"{opening}", ["SessionId"] = $"{talks}", ["Position"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, (await olga.ReleaseAsync("Opening added")).StatusCode);
        Assert.Equal(1, await app.DeliverAllAsync());
        var moved = app.Smtp.Messages.Except(first).Single();
        Assert.Equal(DecisionsData.Ada, moved.To.Mailboxes.Single().Address);
        Assert.Contains("has moved", moved.Subject);
        Assert.Contains("It was Thursday 6 November 2025, 09:00", moved.TextBody);
        Assert.Contains("it is now:", moved.TextBody);
        Assert.Contains("Thursday 6 November 2025, 09:10", moved.TextBody);

        var keys = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith("program-release:")).Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal(4, keys.Count);

        // The public changes page and feed, for anyone.
        using var visitor = app.NewSession();
        var (status, page) = await visitor.GetAsync($"/events/{ProgramSetup.Slug}/program/changes");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Version 3: Opening added", page);
        Assert.Contains("No item is new, moved or cancelled.", page);
        var feed = XDocument.Parse((await visitor.GetAsync($"/events/{ProgramSetup.Slug}/program/changes/feed.atom")).Html);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(["Version 3: Opening added", "Version 2: Same again", "Version 1: First program"],
            feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value));
        Assert.DoesNotContain("ada@uni-a.edu", page);
    }

    [Fact]
    public async Task The_presenter_sees_the_released_slot_on_the_submission_and_decision_pages()
    {
        var setup = await app.AcceptedAsync();
        using var olga = await app.OrganizerAsync();
        await olga.EditAsync("rooms", new() { ["Name"] = "Hall A", ["FloorNotes"] = "Ground floor" });
        var hall = (await app.DraftAsync(setup.Call.EventId)).Rooms.Single().Id;
        await olga.EditAsync("sessions", ProgramSetup.Session("Talks", hall, "09:00", "10:00", day: "2025-11-07"));
        var talks = (await app.DraftAsync(setup.Call.EventId)).Sessions[0].Id;
        var submission = setup.Submissions[0].Id;
        await olga.EditAsync("items/place", new() { ["SessionId"] = $"{talks}", ["SubmissionId"] = $"{submission}", ["Minutes"] = "30" });
        using var ada = app.NewSession();
        await ada.LoginAsync(DecisionsData.Ada, TestData.Password);
        Assert.DoesNotContain("program-slot", (await ada.GetAsync($"/submissions/{submission}")).Html); // the working copy is private

        await olga.ReleaseAsync("First program");

        foreach (var url in new[] { $"/submissions/{submission}", $"/submissions/{submission}/decision" })
        {
            var (status, html) = await ada.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("data-testid=\"program-slot\"", html);
            Assert.Contains("Friday 7 November 2025, 09:00–09:30 (UTC)", html);
            Assert.Contains("Hall A (Ground floor)", html);
        }
    }
}
