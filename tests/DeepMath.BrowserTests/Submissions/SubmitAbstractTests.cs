using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Submissions;

[Collection(BrowserCollection.Name)]
public sealed partial class SubmitAbstractTests(BrowserApp app)
{
    private const string Password = "a long browser password";

    // The fixtures' own title; its authors are anonymized in the PDF, so listing one of them on the
    // form raises no anonymity finding (tests/fixtures/abstracts/README.md).
    private const string Title = "Plateaus and Escapes: How Saddle Points Shape the Loss Curves of Deep Linear Networks";
    private const string Abstract = "Gradient descent on deep linear networks lingers near saddle points and then escapes; "
        + "we describe the plateaus of the loss curve and how long each one lasts.";

    private static string Fixture(string name) => Path.Combine(BrowserApp.RepositoryRoot(), "tests", "fixtures", "abstracts", name);

    private static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    [Fact]
    public async Task An_author_is_stopped_by_the_margins_check_uploads_the_fixed_pdf_submits_and_gets_the_receipt()
    {
        const string email = "samuel.okafor@browser-submit.example.org";
        await app.CreateConfirmedUserAsync(email, "Samuel Okafor", Password);
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(email, Password);

        var eventPage = new EventPage(page);
        await eventPage.OpenAsync("deepmath-2025");
        var call = await eventPage.OpenCallAsync("Call for abstracts");
        Assert.StartsWith("Open", await call.StateAsync());
        var form = await call.StartSubmissionAsync();
        // The signed-in author is offered as the presenting author.
        Assert.Equal("Samuel Okafor", await form.AuthorNameAsync(1));
        Assert.Equal(email, await form.AuthorEmailAsync(1));

        await form.FillAsync(Title, Abstract);
        await form.FillAuthorAsync(1, "Samuel Okafor", email, "University of Toronto", "Canada");
        await form.TickAsync("Optimization", "Representations", "Mathematics");
        await form.ChoosePdfAsync(Fixture("narrow-margins.pdf"));
        await form.SaveDraftAsync();

        Assert.Empty(await form.ErrorsAsync());
        var status = await form.StatusAsync();
        var number = DraftNumber().Match(status ?? string.Empty);
        Assert.True(number.Success, $"No draft number in the status message \"{status}\".");
        Assert.Equal($"Submission {number.Groups[1].Value}: {Title}", await form.HeadingAsync());
        Assert.Equal("draft", await form.StateAsync());
        Assert.Equal("Check of PDF version 1", await form.ReportTitleAsync());
        Assert.False(await form.ReportPassedAsync());
        Assert.Contains("1 format error blocks", await form.ReportSummaryAsync());
        var finding = Assert.Single(await form.FindingsAsync());
        Assert.Equal("Error", finding.Kind);
        Assert.Equal("margins", finding.Code);
        var marginsVersion = Assert.Single(await form.VersionsAsync());
        Assert.Equal(("v1", "1 error", Sha256(Fixture("narrow-margins.pdf"))), marginsVersion);

        var folder = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots");
        Directory.CreateDirectory(folder);
        var screenshot = Path.Combine(folder, "submission-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 20_000, "The screenshot is suspiciously small.");

        // Submitting the PDF with the margins error is refused, and says why and what to do.
        await form.SubmitAsync();
        var refusal = Assert.Single(await form.ErrorsAsync());
        Assert.Contains("The PDF has 1 format error,", refusal);
        Assert.Contains("upload the PDF again", refusal);
        Assert.Contains("format-exception request", refusal);
        Assert.Equal("draft", await form.StateAsync());
        Assert.Equal("margins", Assert.Single(await form.FindingsAsync()).Code);

        // The fixed PDF passes the check.
        var clean = Fixture("ok-one-page.pdf");
        await form.ChoosePdfAsync(clean);
        await form.SaveDraftAsync();
        Assert.Empty(await form.ErrorsAsync());
        Assert.Equal("Check of PDF version 2", await form.ReportTitleAsync());
        Assert.True(await form.ReportPassedAsync());
        Assert.Contains("No format errors. Nothing to look at.", await form.ReportSummaryAsync());
        Assert.Empty(await form.FindingsAsync());
        Assert.Equal(("v2", "passed", Sha256(clean)), (await form.VersionsAsync())[0]);

        await form.SubmitAsync();
        Assert.Empty(await form.ErrorsAsync());
        Assert.Equal($"Submission {number.Groups[1].Value} is submitted. A receipt is on its way to every author.", await form.StatusAsync());
        Assert.Equal("submitted", await form.StateAsync());
        Assert.False(await form.SubmitButtonVisibleAsync());

        var mine = new MySubmissionsPage(page);
        await mine.OpenAsync();
        var row = Assert.Single(await mine.RowsAsync());
        Assert.Equal(number.Groups[1].Value, row.Number);
        Assert.Equal(Title, row.Title);
        Assert.Equal("submitted", row.State);
        Assert.Equal("v2: passed", row.FormatCheck);

        var mail = await app.WaitForMailAsync(email);
        Assert.Contains($"submission {number.Groups[1].Value} received", mail.Subject);
        Assert.Contains(Title, mail.Subject);
        var body = mail.TextBody ?? mail.HtmlBody;
        Assert.Contains($"Submission {number.Groups[1].Value}, \"{Title}\", to DeepMath 2025 is received.", body);
        Assert.Contains($"SHA-256 {Sha256(clean)}", body);
    }

    [Fact]
    public async Task Without_javascript_the_upload_shows_the_report_and_submit_is_refused_until_the_pdf_is_fixed()
    {
        const string email = "zoe.mueller@browser-nojs.example.org";
        const string name = "Zoë Müller-Łukasiewicz";
        await app.CreateConfirmedUserAsync(email, name, Password);
        var page = await app.NewPageAsync(javaScript: false);
        await new LoginPage(page).SignInAsync(email, Password);

        var eventPage = new EventPage(page);
        await eventPage.OpenAsync("deepmath-2025");
        var form = await (await eventPage.OpenCallAsync("Call for abstracts")).StartSubmissionAsync();
        await form.FillAsync("Saddles without scripts", Abstract);
        await form.FillAuthorAsync(1, name, email, "University of Vienna", "Austria");
        await form.TickAsync("Generalization", "Statistics");
        await form.ChoosePdfAsync(Fixture("narrow-margins.pdf"));

        // Straight to Submit from the empty form: refused, nothing saved, and the report of the upload shown.
        await form.SubmitAsync();
        var refusal = Assert.Single(await form.ErrorsAsync());
        Assert.Contains("The PDF has 1 format error,", refusal);
        Assert.Equal("New submission", await form.HeadingAsync());
        Assert.Equal("Check of the file you uploaded", await form.ReportTitleAsync());
        var finding = Assert.Single(await form.FindingsAsync());
        Assert.Equal(("Error", "margins"), (finding.Kind, finding.Code));

        // What was typed is kept; only the file has to be chosen again.
        var clean = Fixture("ok-one-page.pdf");
        await form.ChoosePdfAsync(clean);
        await form.SubmitAsync();
        Assert.Empty(await form.ErrorsAsync());
        Assert.Equal("submitted", await form.StateAsync());
        Assert.Equal("Check of PDF version 1", await form.ReportTitleAsync());
        Assert.True(await form.ReportPassedAsync());
        Assert.Equal(("v1", "passed", Sha256(clean)), Assert.Single(await form.VersionsAsync()));

        var mail = await app.WaitForMailAsync(email);
        Assert.Contains("Saddles without scripts", mail.Subject);
        Assert.Contains($"SHA-256 {Sha256(clean)}", mail.TextBody ?? mail.HtmlBody);
    }

    [GeneratedRegex(@"^Draft (\d+) is saved\.")]
    private static partial Regex DraftNumber();
}
