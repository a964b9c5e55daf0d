using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>
/// The sample PDFs in tests/fixtures/reference-pdf, uploaded through the form with the authors their
/// cases.json lists: the page reports exactly the expected codes. The folder lies beside the
/// repository (as the unit tests' copy of this check also expects); a missing folder fails the test.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class SharedFixtureTests(AppFixture app) : IAsyncLifetime
{
    private static readonly string _folder = Path.Combine(SubmissionForms.RepositoryRoot, "tests", "fixtures", "reference-pdf");

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_sample_pdf_gets_the_findings_its_case_expects()
    {
        var casesFile = Path.Combine(_folder, "cases.json");
        Assert.True(File.Exists(casesFile), $"The shared sample PDFs are missing: {casesFile}");
        using var cases = JsonDocument.Parse(await File.ReadAllTextAsync(casesFile));
        var user = await app.CreateUserAsync("uploader@example.org");
        using var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);
        var n = 0;
        foreach (var item in cases.RootElement.EnumerateArray())
        {
            // A call per file: each file's first author presents, and may present once per call.
            var (_, call) = await app.CreateEventAsync(slug: $"sample-{n++}", zone: "UTC");
            var fields = SubmissionForms.Fields($"Sample {item.GetProperty("file").GetString()}", "save");
            var i = 0;
            foreach (var author in item.GetProperty("authors").EnumerateArray())
            {
                fields.Add(new($"Authors[{i}].Name", author.GetProperty("name").GetString()!));
                fields.Add(new($"Authors[{i}].Email", author.GetProperty("email").GetString()!));
                fields.Add(new($"Authors[{i++}].Affiliation", author.TryGetProperty("affiliation", out var a) ? a.GetString()! : ""));
            }
            var form = $"/calls/{call.Id}/submissions/new";
            using var response = await session.PostSubmissionAsync(form, form, fields, await File.ReadAllBytesAsync(Path.Combine(_folder, item.GetProperty("file").GetString()!)));
            var html = response.StatusCode == HttpStatusCode.Redirect
                ? (await session.GetAsync(response.Headers.Location!.OriginalString)).Html
                : await response.Content.ReadAsStringAsync();
            var expected = item.GetProperty("expect_errors").EnumerateArray().Concat(item.GetProperty("expect_warnings").EnumerateArray())
                .Select(c => c.GetString()!).Order(StringComparer.Ordinal).ToList();
            var reported = CodePattern().Matches(html).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(reported), $"{item.GetProperty("file")}: expected [{string.Join(", ", expected)}], page shows [{string.Join(", ", reported)}]");
        }
    }

    [GeneratedRegex("data-code=\"([^\"]+)\"")]
    private static partial Regex CodePattern();
}
