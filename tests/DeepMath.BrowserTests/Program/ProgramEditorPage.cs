using DeepMath.BrowserTests.Pages;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Program;

/// <summary>/events/{slug}/program/edit: the organizers' program editor.</summary>
public sealed class ProgramEditorPage(IPage page)
{
    public async Task AddRoomAsync(string name, int capacity)
    {
        var form = page.Locator("[data-testid=room-form]");
        await form.GetByLabel("Name").FillAsync(name);
        await form.GetByLabel("Capacity (seats)").FillAsync(capacity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAndWaitForDocumentAsync(form.GetByRole(AriaRole.Button, new() { Name = "Add room" }));
    }

    public async Task AddSessionAsync(string kind, string title, string room, string starts, string ends)
    {
        var form = page.Locator("[data-testid=session-form]");
        await form.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await form.GetByLabel("Title").FillAsync(title);
        await form.GetByLabel("Room").SelectOptionAsync(new SelectOptionValue { Label = room });
        await form.GetByLabel("Starts").FillAsync(starts);
        await form.GetByLabel("Ends").FillAsync(ends);
        await page.ClickAndWaitForDocumentAsync(form.GetByRole(AriaRole.Button, new() { Name = "Add session" }));
    }

    /// <summary>Places an abstract with the session's "Add to this session" form.</summary>
    public async Task PlaceWithFormAsync(string sessionTitle, string abstractTitle)
    {
        var session = Session(sessionTitle);
        await session.Locator("summary", new() { HasText = "Add to this session" }).ClickAsync();
        var select = session.GetByLabel("Accepted abstract");
        var option = select.Locator("option", new() { HasText = abstractTitle });
        await select.SelectOptionAsync(await option.GetAttributeAsync("value") ?? "");
        await page.ClickAndWaitForDocumentAsync(session.GetByRole(AriaRole.Button, new() { Name = "Place", Exact = true }));
    }

    /// <summary>Drags a not-yet-placed abstract onto a session, as an organizer with JavaScript does.</summary>
    public async Task PlaceByDragAsync(string sessionTitle, string abstractTitle)
    {
        var source = page.Locator("[data-testid=unplaced-abstract]", new() { HasText = abstractTitle });
        var target = Session(sessionTitle).Locator("[data-drop-end]");
        await page.RunAndWaitForResponseAsync(() => source.DragToAsync(target), r => r.Request.IsNavigationRequest && r.Status is < 300 or >= 400);
        // The drop posts the place form; the reloaded editor no longer lists the abstract as not placed.
        await source.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public ILocator Session(string title) => page.Locator("[data-testid=editor-session]", new() { HasText = title });

    public async Task<IReadOnlyList<string>> UnplacedAsync() => await page.Locator("[data-testid=unplaced-abstract]").AllInnerTextsAsync();

    public async Task<IReadOnlyList<string>> BoardsAsync(string sessionTitle) => await Session(sessionTitle).Locator("[data-testid=item-board]").AllInnerTextsAsync();

    public async Task<IReadOnlyList<string>> ErrorsAsync() => await page.Locator("[data-testid=editor-errors] li").AllInnerTextsAsync();

    public async Task ReleaseAsync(string name, string comment)
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Release…" }));
        var form = page.Locator("[data-testid=release-form]");
        await form.GetByLabel("Name of the release").FillAsync(name);
        await form.GetByLabel("Comment").FillAsync(comment);
        await page.ClickAndWaitForDocumentAsync(form.GetByRole(AriaRole.Button));
    }

    public Task<string> StatusAsync() => page.Locator("main .alert-success[role=status]").InnerTextAsync();
}
