using System.Net;
using DeepMath.AbstractFormat;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>Organizers set a call's format rules on the call form; uploads and the organizers' rerun of the check follow them.</summary>
[Collection(AppCollection.Name)]
public sealed class CallRulesTests(AppFixture app) : IAsyncLifetime
{
    private static readonly (string, string) _ada = ("Ada Quill", "ada@example.org");
    private static readonly (string, string) _bea = ("Bea Stone", "bea@example.org");
    private static readonly (string, string) _cy = ("Cy Marsh", "cy@example.org");

    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every field of the call form as the test event's call has it, with the DeepMath rules, then <paramref name="changes"/>.</summary>
    private static Dictionary<string, string> CallFields(params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Call for abstracts", ["OpensOn"] = "2025-07-01", ["ClosesOn"] = "2025-08-31", ["NotificationOn"] = "2025-10-01",
            ["DeadlineZone"] = "EventZone", ["Topics"] = "Optimization\nGeneralization", ["Disciplines"] = "Mathematics", ["ReviewsPerSubmission"] = "3",
            ["MaxFileMiB"] = "10", ["MaxPages"] = "2", ["ReferencesOnlyAfterFirstPage"] = "true",
            ["PageWidth"] = "612", ["PageHeight"] = "792", ["PageSizeTolerance"] = "3",
            ["MarginLeft"] = "72", ["MarginRight"] = "72", ["MarginTop"] = "72", ["MarginBottom"] = "72", ["MarginTolerance"] = "4",
            ["MinBodyFontSize"] = "10", ["FontSizeTolerance"] = "0.1", ["TemplateKey"] = "DeepMathTemplate",
            ["CheckAnonymity"] = "true", ["WarnOnAcknowledgments"] = "true",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        return fields;
    }

    private Task<FormatRules?> StoredRulesAsync(Guid callId) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Calls.AsNoTracking().Where(c => c.Id == callId).Select(c => c.FormatRules).SingleAsync());

    [Fact]
    public async Task Relaxed_margins_and_more_pages_change_the_verdict_on_new_uploads_and_on_the_rerun()
    {
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var user = await app.CreateUserAsync("ada@example.org");
        using var author = app.NewSession();
        await author.LoginAsync(user.Email!, TestData.Password);
        var narrow = await author.CreateAsync(call.Id, SubmissionForms.Fields("Narrow margins", "save", _ada), SubmissionForms.Pdf("narrow-margins.pdf"));
        var long3 = await author.CreateAsync(call.Id, SubmissionForms.Fields("Three pages", "save", _bea), SubmissionForms.Pdf("three-pages.pdf"));
        Assert.Contains("data-code=\"margins\"", (await author.GetAsync($"/submissions/{narrow}")).Html);
        Assert.Contains("data-code=\"pages.too-many\"", (await author.GetAsync($"/submissions/{long3}")).Html);

        using var chair = app.NewSession();
        await chair.LoginAsync(organizer.Email!, TestData.Password);
        var list = $"/calls/{call.Id}/submissions";
        var (_, before) = await chair.GetAsync(list);
        Assert.Contains("margins", before);
        Assert.Contains("pages.too-many", before);
        Assert.DoesNotContain(" passed", before);

        // The form shows the defaults the call has been using.
        var edit = $"/events/deepmath-2025/calls/{call.Id}/edit";
        var (_, form) = await chair.GetAsync(edit);
        Assert.Contains("<legend class=\"h5\">Format rules</legend>", form);
        Assert.Contains("name=\"MaxPages\" value=\"2\"", form);
        Assert.Contains("name=\"MarginLeft\" value=\"72\"", form);
        Assert.Contains("name=\"FontSizeTolerance\" value=\"0.1\"", form);
        Assert.Contains("name=\"TemplateKey\" value=\"DeepMathTemplate\"", form);
        Assert.Contains("name=\"ReferencesOnlyAfterFirstPage\" value=\"true\" checked=\"checked\"", form);

        using var saved = await chair.PostFormAsync(edit, CallFields(
            ("MaxPages", "3"), ("ReferencesOnlyAfterFirstPage", "false"),
            ("MarginLeft", "40"), ("MarginRight", "40"), ("MarginTop", "40"), ("MarginBottom", "40")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(FormatRules.Default with { MaxPages = 3, ReferencesOnlyFromPage = null, MarginLeft = 40, MarginRight = 40, MarginTop = 40, MarginBottom = 40 },
            await StoredRulesAsync(call.Id));
        var (_, again) = await chair.GetAsync(edit);
        Assert.Contains("name=\"MaxPages\" value=\"3\"", again);
        Assert.Contains("name=\"MarginBottom\" value=\"40\"", again);
        Assert.Contains("name=\"ReferencesOnlyAfterFirstPage\" value=\"true\" />", again);

        // Authors read the new rules on the call page.
        var (_, callPage) = await author.GetAsync($"/events/deepmath-2025/calls/{call.Id}");
        Assert.Contains("At most 3 pages.", callPage);
        Assert.Contains("nothing within 40 pt", callPage);

        // Stored reports stay as they were until the organizer reruns the check, which uses the new rules.
        Assert.DoesNotContain(" passed", (await chair.GetAsync(list)).Html);
        using var recheck = await chair.PostFormAsync(list, $"{list}/recheck", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, recheck.StatusCode);
        var (_, after) = await chair.GetAsync(list);
        Assert.Contains("The latest PDF of 2 submission(s) is checked again.", after);
        Assert.Equal(2, after.Split(" passed").Length - 1);
        Assert.DoesNotContain("pages.too-many", after);
        Assert.DoesNotContain("data-code=\"margins\"", (await author.GetAsync($"/submissions/{narrow}")).Html);

        // A new upload is checked against the new rules at once.
        var fresh = await author.CreateAsync(call.Id, SubmissionForms.Fields("Narrow again", "save", _cy), SubmissionForms.Pdf("narrow-margins.pdf"));
        var (_, freshPage) = await author.GetAsync($"/submissions/{fresh}");
        Assert.DoesNotContain("data-code=", freshPage);
    }

    [Fact]
    public async Task A_stricter_rule_turns_a_passing_upload_into_an_error_and_a_larger_file_limit_reaches_the_form()
    {
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var chair = app.NewSession();
        await chair.LoginAsync(organizer.Email!, TestData.Password);
        var edit = $"/events/deepmath-2025/calls/{call.Id}/edit";
        using var saved = await chair.PostFormAsync(edit, CallFields(("MinBodyFontSize", "12"), ("MaxFileMiB", "20"), ("TemplateKey", "")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var user = await app.CreateUserAsync("ada@example.org");
        using var author = app.NewSession();
        await author.LoginAsync(user.Email!, TestData.Password);
        var (_, newForm) = await author.GetAsync($"/calls/{call.Id}/submissions/new");
        Assert.Contains("at most 20 MiB", newForm);
        var id = await author.CreateAsync(call.Id, SubmissionForms.Fields("Eleven points", "save", _ada), SubmissionForms.Pdf("no-template.pdf"));
        var (_, page) = await author.GetAsync($"/submissions/{id}");
        Assert.Contains("data-code=\"font.too-small\"", page);
        Assert.DoesNotContain("data-code=\"template.missing\"", page);
    }

    [Fact]
    public async Task Bad_rules_are_refused_with_messages_what_was_typed_stays_and_nothing_is_saved()
    {
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var chair = app.NewSession();
        await chair.LoginAsync(organizer.Email!, TestData.Password);
        var edit = $"/events/deepmath-2025/calls/{call.Id}/edit";

        using var refused = await chair.PostFormAsync(edit, CallFields(
            ("Title", "Renamed call"), ("MaxPages", "0"), ("MinBodyFontSize", "2"), ("MarginLeft", "abc"), ("MarginTop", ""),
            ("PageWidth", "300"), ("MarginRight", "290"), ("TemplateKey", "Deep Math"), ("MaxFileMiB", "500")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("The most pages must be a whole number between 1 and 50.", html);
        Assert.Contains("The smallest body font size must be between 4 and 30 pt.", html);
        Assert.Contains("The value 'abc' is not valid for Left margin (pt).", html);
        Assert.Contains("Enter the top margin in points (72 pt is 1 in).", html);
        Assert.Contains("The template marker is a PDF key such as DeepMathTemplate", html);
        Assert.Contains("The largest PDF file must be between 1 and 50 MiB.", html);
        Assert.Contains("name=\"MaxPages\" value=\"0\"", html);
        Assert.Contains("name=\"MarginLeft\" value=\"abc\"", html);

        using var tooWide = await chair.PostFormAsync(edit, CallFields(("PageWidth", "300"), ("MarginLeft", "150"), ("MarginRight", "150")));
        Assert.Equal(HttpStatusCode.OK, tooWide.StatusCode);
        Assert.Contains("leave no room for text on paper 300 pt wide", await tooWide.Content.ReadAsStringAsync());

        Assert.Null(await StoredRulesAsync(call.Id));
        var (_, callPage) = await chair.GetAsync($"/events/deepmath-2025/calls/{call.Id}");
        Assert.Contains("<h1>Call for abstracts</h1>", callPage);
        Assert.Contains("At most one page, and a second page for references only.", callPage);
    }
}
