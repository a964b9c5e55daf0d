using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Journeys;

/// <summary>
/// Every role's pages on a 390 px phone: none is wider than the screen (wide tables scroll in their own box), the
/// menu folds and opens without JavaScript, a skip link leads to the content and focused fields are outlined.
/// Screenshots of each role's main pages at 1280 and 390 px go to TestResults/screenshots for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PhoneAndKeyboardTests(BrowserApp app)
{
    private const int Phone = 390;
    private const int PagesPerRole = 30;

    [Fact]
    public async Task No_page_of_any_role_is_wider_than_a_390_pixel_phone_and_the_main_pages_are_photographed_at_both_widths()
    {
        var passwords = await RolePages.PasswordsAsync(app);
        var shots = RolePages.ScreenshotFolder();
        var tooWide = new List<string>();
        var visited = 0;
        foreach (var (role, email, start) in RolePages.Roles)
        {
            var page = await app.NewPageAsync();
            if (email is not null)
            {
                await new LoginPage(page).SignInAsync(email, passwords[email]);
            }
            foreach (var url in start)
            {
                foreach (var width in new[] { 1280, Phone })
                {
                    await page.SetViewportSizeAsync(width, 900);
                    await page.GotoAsync(url);
                    await page.ScreenshotAsync(new() { Path = Path.Combine(shots, RolePages.FileName(role, url, width)), FullPage = true });
                }
            }
            await page.SetViewportSizeAsync(Phone, 800);
            var queue = new Queue<string>(start);
            var seen = new HashSet<string>(start);
            var count = 0;
            while (queue.TryDequeue(out var url) && count < PagesPerRole)
            {
                var response = await page.GotoAsync(url);
                if (response?.Headers.GetValueOrDefault("content-type")?.Contains("html", StringComparison.Ordinal) != true)
                {
                    continue;
                }
                count++;
                var width = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
                if (width > Phone)
                {
                    var culprit = await page.EvaluateAsync<string>(WidestElementScript);
                    tooWide.Add($"{role} {url}: {width} px ({culprit})");
                }
                foreach (var next in RolePages.Links(await page.ContentAsync()).Where(seen.Add))
                {
                    queue.Enqueue(next);
                }
            }
            visited += count;
            await page.Context.CloseAsync();
        }
        Assert.True(visited > 60, $"Only {visited} pages were reached.");
        Assert.True(tooWide.Count == 0, "Wider than the phone:\n" + string.Join("\n", tooWide));
    }

    [Fact]
    public async Task Without_javascript_the_menu_folds_on_a_phone_and_opens_with_its_button()
    {
        var page = await app.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(Phone, 800);
        await page.GotoAsync("/");
        var signIn = page.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" });
        Assert.False(await signIn.IsVisibleAsync());
        await page.GetByTestId("nav-toggle").ClickAsync();
        Assert.True(await signIn.IsVisibleAsync());

        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync("/");
        Assert.True(await signIn.IsVisibleAsync());
        Assert.False(await page.GetByTestId("nav-toggle").IsVisibleAsync());
    }

    [Fact]
    public async Task The_first_tab_reaches_a_skip_link_to_the_content_and_every_focused_field_is_outlined()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().top >= 0"));
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url);
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string[]>("(() => { const s = getComputedStyle(document.activeElement); return [document.activeElement.tagName, s.outlineStyle, s.outlineWidth]; })()");
        Assert.NotEqual("none", outline[1]);
        Assert.Equal("3px", outline[2]);
    }

    /// <summary>The element reaching furthest right outside any box that scrolls or clips sideways, to say what widens a page.</summary>
    private const string WidestElementScript = """
        (() => {
            const clipped = el => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o !== 'visible') return true; } return false; };
            let widest = null, right = 0;
            for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect().right;
                if (r > right && !clipped(el)) { right = r; widest = el; }
            }
            return widest ? `${widest.tagName.toLowerCase()}.${[...widest.classList].join('.')} right ${Math.round(right)}: ${(widest.textContent || '').trim().slice(0, 60)}` : '';
        })()
        """;
}
