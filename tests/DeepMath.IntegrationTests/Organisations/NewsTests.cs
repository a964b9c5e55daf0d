using System.Net;
using System.Xml.Linq;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>An organisation's page and news: managers only edit, Markdown is sanitized, drafts stay private, the Atom feed parses.</summary>
[Collection(AppCollection.Name)]
public sealed class NewsTests(AppFixture app) : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task News_markdown_is_sanitized_on_the_page_and_in_the_atom_feed_which_parses_back_without_drafts()
    {
        var manager = await app.CreateUserAsync("olga@example.org");
        await app.CreateOrganisationAsync(manager.Id);
        using var olga = app.NewSession();
        await olga.LoginAsync("olga@example.org", TestData.Password);
        var newPage = $"/organisations/{AwardForms.Slug}/news/new";
        const string hostile = "Hello <script>alert('x')</script> [click](javascript:alert(1)) <img src=\"https://img.example/a.png\" onerror=\"alert(2)\"> "
            + "<a href=\"https://ok.example/\" onclick=\"steal()\">fine link</a> **bold**";
        using (var created = await olga.PostFormAsync(newPage, new Dictionary<string, string>
        {
            ["Form.Title"] = "Summer school announced", ["Form.PublishedOn"] = "2025-08-01", ["Form.Body"] = hostile, ["Form.Publish"] = "true",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }
        using (var draft = await olga.PostFormAsync(newPage, new Dictionary<string, string>
        {
            ["Form.Title"] = "Secret draft", ["Form.PublishedOn"] = "2025-08-02", ["Form.Body"] = "not yet",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        using var visitor = app.NewSession();
        var (status, list) = await visitor.GetAsync($"/organisations/{AwardForms.Slug}/news");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Summer school announced", list);
        Assert.DoesNotContain("Secret draft", list);
        Assert.Contains("https://ok.example/", list);
        Assert.Contains("<strong>bold</strong>", list);
        foreach (var bad in new[] { "<script>alert", "javascript:", "onerror", "onclick" })
        {
            Assert.DoesNotContain(bad, list, StringComparison.OrdinalIgnoreCase);
        }
        var (_, managerList) = await olga.GetAsync($"/organisations/{AwardForms.Slug}/news");
        Assert.Contains("Secret draft", managerList);

        var (feedStatus, xml) = await visitor.GetAsync($"/organisations/{AwardForms.Slug}/news/feed.atom");
        Assert.Equal(HttpStatusCode.OK, feedStatus);
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("Theory of Deep Learning Programme: news", feed.Element(Atom + "title")!.Value);
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal("Summer school announced", entry.Element(Atom + "title")!.Value);
        Assert.Equal("2025-08-01T00:00:00Z", entry.Element(Atom + "published")!.Value);
        Assert.StartsWith("http", entry.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        var content = entry.Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Contains("https://ok.example/", content.Value);
        foreach (var bad in new[] { "<script", "javascript:", "onerror", "onclick" })
        {
            Assert.DoesNotContain(bad, content.Value, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Only_managers_edit_an_organisation_and_only_site_admins_create_one()
    {
        var manager = await app.CreateUserAsync("olga@example.org");
        await app.CreateUserAsync("eve@example.org");
        await app.CreateOrganisationAsync(manager.Id);
        using var eve = app.NewSession();
        await eve.LoginAsync("eve@example.org", TestData.Password);
        foreach (var page in new[] { "edit", "news/new", "awards/new" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/organisations/{AwardForms.Slug}/{page}")).Status);
        }
        Assert.NotEqual(HttpStatusCode.OK, (await eve.GetAsync("/admin/organisations/new")).Status);

        using var olga = app.NewSession();
        await olga.LoginAsync("olga@example.org", TestData.Password);
        var edit = $"/organisations/{AwardForms.Slug}/edit";
        // Without the antiforgery token the post is refused.
        using (var forged = await olga.Client.PostAsync(edit, new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Name"] = "Forged" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }
        using (var wrong = await olga.PostFormAsync(edit, new Dictionary<string, string>
        {
            ["Form.Name"] = "Programme", ["Form.Figures"] = "many projects", ["Form.ManagerEmails"] = "olga@example.org",
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("is not a figure", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        }
        using (var saved = await olga.PostFormAsync(edit, new Dictionary<string, string>
        {
            ["Form.Name"] = "Programme", ["Form.Figures"] = "23 projects\n34 principal investigators\n24 universities",
            ["Form.ManagerEmails"] = "olga@example.org\neve@example.org", ["Form.Perspectives"] = "- **Expressivity**",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        using var visitor = app.NewSession();
        var (_, page2) = await visitor.GetAsync($"/organisations/{AwardForms.Slug}");
        Assert.Contains("34</span> <span class=\"org-figure-label\">principal investigators", page2);
        Assert.Contains("<strong>Expressivity</strong>", page2);
        Assert.DoesNotContain("Edit page", page2);
        // Eve is a manager now.
        Assert.Equal(HttpStatusCode.OK, (await eve.GetAsync(edit)).Status);
    }
}
