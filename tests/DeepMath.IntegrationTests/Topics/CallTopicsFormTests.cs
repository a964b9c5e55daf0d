using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Events.EditCall;
using static DeepMath.IntegrationTests.Topics.NestedTopicsData;

namespace DeepMath.IntegrationTests.Topics;

/// <summary>
/// Organizers write a call's topics as areas with sub-topics, pick a call-for-papers preset and the blind mode on the
/// call form; mistakes come back line by line with what was typed, and nothing is saved until the form is right.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CallTopicsFormTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string LongName = new('x', 101);

    [Fact]
    public async Task Areas_with_sub_topics_are_saved_as_paths_and_a_bad_outline_is_explained_line_by_line()
    {
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var chair = await app.SignedInAsync("chair@example.org");
        var edit = $"/events/deepmath-2025/calls/{call.Id}/edit";

        var bad = "  - Orphan\nOptimization\n  - Edge of stability\n  - edge of stability\nGeneralization\nOptimization\n  -\nBad › name\n" + LongName;
        using var refused = await chair.PostFormAsync(edit, CallFields(changes: ("Topics", bad)));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Line 1: the sub-topic \"Orphan\" has no area above it", html);
        Assert.Contains("Line 9: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" is 101 characters long: a topic can have at most 100.", html);
        Assert.Contains("Line 7 has a dash but no sub-topic after it", html);
        Assert.Contains("Line 8: \"Bad › name\" contains '›'", html);
        Assert.Contains(bad, html); // what was typed stays in the box
        Assert.Equal(["Optimization", "Generalization"], (await app.StoredCallAsync(call.Id)).Topics);

        using var saved = await chair.PostFormAsync(edit, CallFields(changes:
            ("Topics", "Optimization\r\n  - Edge of stability\r\n- Implicit bias\r\n\r\nGeneralization\r\n\tBenign overfitting\r\nRepresentations")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([.. CallTopics, "Representations"], (await app.StoredCallAsync(call.Id)).Topics);

        var form = WebUtility.HtmlDecode((await chair.GetAsync(edit)).Html);
        Assert.Contains("Optimization\n  - Edge of stability\n  - Implicit bias\nGeneralization\n  - Benign overfitting\nRepresentations</textarea>", form);
        var callPage = (await chair.GetAsync($"/events/deepmath-2025/calls/{call.Id}")).Html;
        var topicList = Regex.Replace(Regex.Match(callPage, "data-testid=\"call-topics\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value, @"\s*<", "<");
        Assert.Equal("<li>Optimization<ul><li>Edge of stability</li><li>Implicit bias</li></ul></li><li>Generalization<ul><li>Benign overfitting</li></ul></li><li>Representations</li></ul>",
            topicList.Trim());
    }

    [Fact]
    public async Task The_paper_preset_fills_the_rules_without_saving_and_the_saved_call_is_single_blind_with_no_template()
    {
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var chair = await app.SignedInAsync("chair@example.org");
        var edit = $"/events/deepmath-2025/calls/{call.Id}/edit";

        using var preset = await chair.PostFormAsync(edit, CallFields(changes: [("Preset", CallPresets.Papers), ("Topics", "Optimization\n  - Edge of stability")]));
        Assert.Equal(HttpStatusCode.OK, preset.StatusCode);
        var html = WebUtility.HtmlDecode(await preset.Content.ReadAsStringAsync());
        Assert.Contains("The call-for-papers rules are filled in (at most 9 pages, references anywhere, any template). Nothing is saved yet", html);
        Assert.Contains("name=\"Title\" value=\"Call for papers\"", html);
        Assert.Contains("name=\"MaxPages\" value=\"9\"", html);
        Assert.Contains("name=\"ReferencesOnlyAfterFirstPage\" value=\"true\" />", html); // unticked
        Assert.DoesNotContain("name=\"TemplateKey\" value=\"DeepMathTemplate\"", html);
        Assert.Contains("Optimization\n  - Edge of stability</textarea>", html); // the topics typed are kept
        Assert.Null((await app.StoredCallAsync(call.Id)).FormatRules);

        using var saved = await chair.PostFormAsync(edit, CallFields(CallPresets.PaperRules, ("Title", "Call for papers"), ("DoubleBlind", "false")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.StoredCallAsync(call.Id);
        Assert.Equal(CallPresets.PaperRules, stored.FormatRules);
        Assert.Equal(9, stored.FormatRules!.MaxPages);
        Assert.Null(stored.FormatRules.ReferencesOnlyFromPage);
        Assert.Null(stored.FormatRules.TemplateKey);
        Assert.False(stored.DoubleBlind);
        Assert.Contains("id=\"DoubleBlindFalse\" name=\"DoubleBlind\" value=\"false\" checked=\"checked\"", (await chair.GetAsync(edit)).Html);

        var callPage = WebUtility.HtmlDecode((await chair.GetAsync($"/events/deepmath-2025/calls/{call.Id}")).Html);
        Assert.Contains("Submissions are papers, reviewed single-blind: reviewers see the authors' names", callPage);
        Assert.Contains("At most 9 pages", callPage);
        Assert.Contains("No template is required", callPage);
    }
}
