using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

/// <summary>A call's own template: uploaded by its organizers (checked), downloaded by authors, and the template-marker rule following the call.</summary>
[Collection(AppCollection.Name)]
public sealed partial class CallTemplateTests(AppFixture app) : IAsyncLifetime
{
    private const string OwnKey = "M3LTemplateStamp"; // as long as "DeepMathTemplate", so that a fixture's stamp can be renamed in place
    private static readonly (string, string) _ada = ("Ada Quill", "ada@example.org");
    private static readonly (string, string) _bea = ("Bea Stone", "bea@example.org");
    private static readonly (string, string) _cy = ("Cy Marsh", "cy@example.org");

    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Organizers_upload_the_calls_template_authors_download_it_and_uploads_must_carry_its_own_marker()
    {
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var chair = await app.SignedInAsync("chair@example.org");
        var edit = $"/events/deepmath-2025/calls/{call.Id}/edit";
        var zip = TemplateZip();

        using (var saved = await PostCallAsync(chair, edit, Fields(("Template", "Own"), ("TemplateKey", OwnKey)), ("m3l-template.zip", zip)))
        {
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        }
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().CallTemplates.AsNoTracking().SingleAsync());
        Assert.Equal(call.Id, stored.CallId);
        Assert.Equal("m3l-template.zip", stored.FileName);
        Assert.Equal(zip, stored.Content);
        Assert.Contains("Stored now: <strong>m3l-template.zip</strong>", (await chair.GetAsync(edit)).Html);

        // Authors download it from the call page and from the submission form.
        var user = await app.CreateUserAsync("ada@example.org");
        using var author = app.NewSession();
        await author.LoginAsync(user.Email!, TestData.Password);
        var download = $"/events/deepmath-2025/calls/{call.Id}/template";
        var callPage = WebUtility.HtmlDecode((await author.GetAsync($"/events/deepmath-2025/calls/{call.Id}")).Html);
        Assert.Contains($"href=\"{download}\"", callPage);
        Assert.Contains("Download the call's template (m3l-template.zip)", callPage);
        Assert.Contains($"the PDF must carry its /{OwnKey} stamp", callPage);
        Assert.Contains($"href=\"{download}\"", (await author.GetAsync($"/calls/{call.Id}/submissions/new")).Html);
        using (var response = await author.Client.GetAsync(download))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("m3l-template.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal(zip, await response.Content.ReadAsByteArrayAsync());
        }

        // The check asks for the call's own marker: the DeepMath stamp is not it, a PDF with the call's stamp passes.
        var deepMathStamped = SubmissionForms.Pdf("ok-one-page.pdf");
        var refused = await author.CreateAsync(call.Id, SubmissionForms.Fields("DeepMath stamp", "save", _ada), deepMathStamped);
        var refusedPage = WebUtility.HtmlDecode((await author.GetAsync($"/submissions/{refused}")).Html);
        Assert.Contains("data-code=\"template.missing\"", refusedPage);
        Assert.Contains($"no /{OwnKey} entry, which the call's template adds", refusedPage);
        var ownStamped = Restamp(deepMathStamped, "DeepMathTemplate", OwnKey);
        var accepted = await author.CreateAsync(call.Id, SubmissionForms.Fields("Own stamp", "save", _bea), ownStamped);
        Assert.DoesNotContain("data-code=\"template.missing\"", (await author.GetAsync($"/submissions/{accepted}")).Html);

        // "No template": nothing to download, no marker checked even if one was typed, and the stored file is gone.
        using (var none = await PostCallAsync(chair, edit, Fields(("Template", "None"), ("TemplateKey", "DeepMathTemplate"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        }
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().CallTemplates.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync(download)).Status);
        Assert.Contains("data-testid=\"no-template\"", (await author.GetAsync($"/events/deepmath-2025/calls/{call.Id}")).Html);
        var free = await author.CreateAsync(call.Id, SubmissionForms.Fields("No template at all", "save", _cy), SubmissionForms.Pdf("no-template.pdf"));
        Assert.DoesNotContain("data-code=\"template.missing\"", (await author.GetAsync($"/submissions/{free}")).Html);
    }

    [Fact]
    public async Task A_file_that_is_not_a_template_is_refused_with_a_message_and_nothing_is_saved()
    {
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var chair = await app.SignedInAsync("chair@example.org");
        var edit = $"/events/deepmath-2025/calls/{call.Id}/edit";
        using (var saved = await PostCallAsync(chair, edit, Fields(("Template", "Own")), ("first.zip", TemplateZip())))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // A PDF renamed to .zip, a program, a binary .sty, a file over the limit, and "our own template" on a new call without a file.
        var cases = new (string Name, byte[] Bytes, string Message)[]
        {
            ("template.zip", SubmissionForms.Pdf("ok-one-page.pdf"), "is not a zip archive that can be opened"),
            ("setup.exe", [0x4D, 0x5A, 0x90, 0x00], "is not a template file: upload a .zip bundle"),
            ("deepmath.sty", [0x00, 0x01, 0x02, 0xFF], "is not a LaTeX text file"),
            ("huge.tex", Encoding.UTF8.GetBytes(new string('%', (5 * 1024 * 1024) + 1)), "at most 5 MiB is accepted"),
        };
        foreach (var (name, bytes, message) in cases)
        {
            using var refused = await PostCallAsync(chair, edit, Fields(("Template", "Own"), ("Title", "Renamed call")), (name, bytes));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Contains(message, html);
            Assert.Contains("Nothing was saved.", html);
        }
        var (file, title) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            return (await db.CallTemplates.AsNoTracking().SingleAsync(), await db.Calls.Where(c => c.Id == call.Id).Select(c => c.Title).SingleAsync());
        });
        Assert.Equal("first.zip", file.FileName);
        Assert.Equal("Call for abstracts", title);

        using var missing = await PostCallAsync(chair, "/events/deepmath-2025/calls/new", Fields(("Template", "Own"), ("Title", "Second call")), null, "/events/deepmath-2025/calls/new");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Choose the template file to upload", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));
        Assert.Equal(1, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Calls.CountAsync()));
    }

    [Fact]
    public void A_call_without_a_template_checks_no_marker_whatever_its_rules_hold()
    {
        var call = new DeepMath.Web.Modules.Events.Domain.Call { Title = "Call", FormatRules = DeepMath.AbstractFormat.FormatRules.Default, Template = TemplateChoice.None };
        Assert.Null(call.EffectiveRules().TemplateKey);
        call.Template = TemplateChoice.Own;
        Assert.Equal("DeepMathTemplate", call.EffectiveRules().TemplateKey);
    }

    private static byte[] TemplateZip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("m3l.sty", $"\\pdfinfo{{/{OwnKey} (2025)}}\n"), ("example.tex", "\\documentclass{article}\\usepackage{m3l}\n") })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Renames the PDF's template key in its (uncompressed) information dictionary; same length, so every offset stays right.</summary>
    private static byte[] Restamp(byte[] pdf, string from, string to)
    {
        Assert.Equal(from.Length, to.Length);
        var latin1 = Encoding.Latin1;
        var text = latin1.GetString(pdf);
        Assert.Single(Regex.Matches(text, "/" + from));
        return latin1.GetBytes(text.Replace("/" + from, "/" + to, StringComparison.Ordinal));
    }

    /// <summary>Every field of the call form as the test event's call has it, with the DeepMath rules, then <paramref name="changes"/>.</summary>
    private static Dictionary<string, string> Fields(params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Call for abstracts", ["OpensOn"] = "2025-07-01", ["ClosesOn"] = "2025-08-31", ["NotificationOn"] = "2025-10-01",
            ["DeadlineZone"] = "EventZone", ["Topics"] = "Optimization\nGeneralization", ["Disciplines"] = "Mathematics", ["ReviewsPerSubmission"] = "3",
            ["MaxFileMiB"] = "10", ["MaxPages"] = "2", ["ReferencesOnlyAfterFirstPage"] = "true",
            ["PageWidth"] = "612", ["PageHeight"] = "792", ["PageSizeTolerance"] = "3",
            ["MarginLeft"] = "72", ["MarginRight"] = "72", ["MarginTop"] = "72", ["MarginBottom"] = "72", ["MarginTolerance"] = "4",
            ["MinBodyFontSize"] = "10", ["FontSizeTolerance"] = "0.1", ["TemplateKey"] = "DeepMathTemplate",
            ["CheckAnonymity"] = "true", ["WarnOnAcknowledgments"] = "true", ["Template"] = "DeepMath",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        return fields;
    }

    /// <summary>Posts the call form as a browser does (multipart, the file in the "template" input), with the form page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostCallAsync(WebSession session, string action, Dictionary<string, string> fields,
        (string Name, byte[] Bytes)? file = null, string? formPage = null)
    {
        var (status, html) = await session.GetAsync(formPage ?? action);
        Assert.Equal(HttpStatusCode.OK, status);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage ?? action} has no antiforgery token.");
        var content = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (file is { } upload)
        {
            var part = new ByteArrayContent(upload.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "template", upload.Name);
        }
        return await session.Client.PostAsync(action, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
