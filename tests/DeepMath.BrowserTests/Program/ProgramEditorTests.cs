using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Program;

[Collection(BrowserCollection.Name)]
public sealed class ProgramEditorTests(BrowserApp app)
{
    [Fact]
    public async Task An_organizer_places_two_accepted_abstracts_in_a_poster_session_and_releases_and_each_presenter_hears_of_it()
    {
        await ProgramScene.ArrangeAsync(app);
        var page = await app.NewPageAsync();
        var broken = new BrokenResources(page);
        await new LoginPage(page).SignInAsync(ProgramScene.OrganizerEmail, ProgramScene.Password);
        await page.GotoAsync($"/events/{ProgramScene.Slug}");
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Program editor" }));

        var editor = new ProgramEditorPage(page);
        await editor.AddRoomAsync("Poster hall", 50);
        await editor.AddSessionAsync("Poster session", "Posters and coffee", "Poster hall", "14:00", "15:30");
        Assert.Equal(2, (await editor.UnplacedAsync()).Count);
        var (first, second) = (ProgramScene.Posters[0], ProgramScene.Posters[1]);
        await editor.PlaceWithFormAsync("Posters and coffee", first.Title);
        await editor.PlaceByDragAsync("Posters and coffee", second.Title);

        Assert.Empty(await editor.UnplacedAsync());
        Assert.Equal(["Board 1", "Board 2"], await editor.BoardsAsync("Posters and coffee"));
        Assert.Empty(await editor.ErrorsAsync());
        await Screens.TakeAsync(page, "program-editor");

        await editor.ReleaseAsync("First program", "Posters on the first afternoon.");
        Assert.StartsWith("Version 1 is released and public. 2 presenter e-mail(s) queued.", await editor.StatusAsync());
        foreach (var poster in ProgramScene.Posters)
        {
            var mail = await app.WaitForMailAsync(poster.Email);
            Assert.Contains("your poster is in the program", mail.Subject);
        }

        await page.GotoAsync($"/events/{ProgramScene.Slug}/program/changes");
        Assert.Equal(2, await page.Locator("[data-testid=change]").CountAsync());
        Assert.Contains("Version 1: First program", await page.InnerTextAsync("main"));
        await Screens.TakeAsync(page, "program-changes");
        Assert.Empty(broken.All);
    }
}
