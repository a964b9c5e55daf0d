using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Program.Editing;

/// <summary>An invited talk names a speaker profile: name, affiliation, biography and photo come from it; free-text speakers still work.</summary>
[Collection(AppCollection.Name)]
public sealed class InvitedSpeakerTests(AppFixture app) : IAsyncLifetime
{
    // The smallest valid PNG: one transparent pixel.
    private static readonly byte[] _png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 10, 21, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_invited_talk_takes_its_speaker_from_a_profile_shows_the_photo_and_links_the_profile_and_free_text_still_works()
    {
        var setup = await app.AcceptedAsync();
        var speakerId = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var speaker = new Speaker
            {
                Name = "Sofia Karlsson", Affiliation = "KTH", BiographyMarkdown = "Sofia works on **approximation theory**.",
                Photo = _png, PhotoContentType = "image/png", CreatedAt = app.Clock.GetUtcNow(), UpdatedAt = app.Clock.GetUtcNow(),
            };
            db.Speakers.Add(speaker);
            await db.SaveChangesAsync();
            return speaker.Id;
        });
        using var olga = await app.OrganizerAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await olga.EditAsync("sessions", ProgramSetup.Session("Keynote", null, "09:00", "10:00", "InvitedTalk"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await olga.EditAsync("sessions", ProgramSetup.Session("Second keynote", null, "10:00", "11:00", "InvitedTalk"))).StatusCode);
        var draft = await app.DraftAsync(setup.Call.EventId);
        var (keynote, second) = (draft.Sessions[0].Id, draft.Sessions[1].Id);

        // The editor offers the profiles.
        var (_, editor) = await olga.GetAsync(ProgramSetup.Editor);
        Assert.Contains($"<option value=\"{speakerId}\">Sofia Karlsson (KTH)</option>", editor);

        // Neither a profile nor a name, or a profile that does not exist: refused with a reason, nothing added.
        using (var neither = await olga.EditAsync("items/invited", new() { ["SessionId"] = $"{keynote}", ["Title"] = "Depth", ["SpeakerId"] = "", ["Speaker"] = "" }))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, neither.StatusCode);
            Assert.Contains("Choose the speaker&#x27;s profile, or type the speaker&#x27;s name.", await neither.Content.ReadAsStringAsync());
        }
        using (var unknown = await olga.EditAsync("items/invited", new() { ["SessionId"] = $"{keynote}", ["Title"] = "Depth", ["SpeakerId"] = $"{Guid.NewGuid()}" }))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, unknown.StatusCode);
            Assert.Contains("That speaker profile no longer exists", await unknown.Content.ReadAsStringAsync());
        }
        Assert.Empty((await app.DraftAsync(setup.Call.EventId)).Items);

        // With a profile the typed speaker fields are not needed; without one, they are the speaker as before.
        Assert.Equal(HttpStatusCode.Redirect, (await olga.EditAsync("items/invited", new()
        {
            ["SessionId"] = $"{keynote}", ["Title"] = "Why depth helps", ["SpeakerId"] = $"{speakerId}", ["Abstract"] = "Rates.", ["Minutes"] = "45",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await olga.EditAsync("items/invited", new()
        {
            ["SessionId"] = $"{second}", ["Title"] = "Compilers and proofs", ["SpeakerId"] = "", ["Speaker"] = "Grace Hopper", ["Affiliation"] = "Navy",
            ["Biography"] = "Grace wrote the first compiler.",
        })).StatusCode);
        var items = (await app.DraftAsync(setup.Call.EventId)).Items.ToList();
        var withProfile = items.Single(i => i.Title == "Why depth helps");
        Assert.Equal(speakerId, withProfile.SpeakerId);
        Assert.Equal(("Sofia Karlsson", "KTH"), (withProfile.People[0].Name, withProfile.People[0].Affiliation));
        Assert.Equal("Sofia works on **approximation theory**.", withProfile.Biography);
        var freeText = items.Single(i => i.Title == "Compilers and proofs");
        Assert.Null(freeText.SpeakerId);
        Assert.Equal(("Grace Hopper", "Navy"), (freeText.People[0].Name, freeText.People[0].Affiliation));

        // The profile changes after the talk was added: the release carries the profile as it is then.
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            (await db.Speakers.SingleAsync(x => x.Id == speakerId)).Affiliation = "KTH Royal Institute of Technology";
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Redirect, (await olga.ReleaseAsync("Version 1")).StatusCode);
        var released = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().ProgramReleases.AsNoTracking().SingleAsync());
        var talk = released.Snapshot.Items().Single(p => p.Item.Title == "Why depth helps").Item;
        Assert.Equal(speakerId, talk.SpeakerId);
        Assert.Equal("KTH Royal Institute of Technology", talk.People.Single().Affiliation);

        // Readers see the photo and reach the profile from the program, the session and the item's page.
        using var visitor = app.NewSession();
        var profile = $"/speakers/{speakerId}";
        var (_, program) = await visitor.GetAsync($"/events/{ProgramSetup.Slug}/program");
        Assert.Contains($"src=\"{profile}/photo\"", program);
        Assert.Contains($"href=\"{profile}\"", program);
        Assert.Contains("Grace Hopper", program);
        var (_, session) = await visitor.GetAsync($"/events/{ProgramSetup.Slug}/program/sessions/{keynote}");
        Assert.Contains($"href=\"{profile}\"", session);
        var (itemStatus, item) = await visitor.GetAsync($"/events/{ProgramSetup.Slug}/program/items/{talk.Id}");
        Assert.Equal(HttpStatusCode.OK, itemStatus);
        Assert.Contains("data-testid=\"speaker-photo\"", item);
        Assert.Contains($"href=\"{profile}\"", item);
        Assert.Contains("<strong>approximation theory</strong>", item);
        using (var photo = await visitor.Client.GetAsync($"{profile}/photo"))
        {
            Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        }
        var freeItem = released.Snapshot.Items().Single(p => p.Item.Title == "Compilers and proofs").Item;
        var (_, freePage) = await visitor.GetAsync($"/events/{ProgramSetup.Slug}/program/items/{freeItem.Id}");
        Assert.Contains("Grace Hopper (Navy)", freePage);
        Assert.Contains("Grace wrote the first compiler.", freePage);
        Assert.DoesNotContain("/speakers/", freePage);
    }
}
