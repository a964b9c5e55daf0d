using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Pdf;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;

namespace DeepMath.BrowserTests.Organisations;

/// <summary>An applicant applies for the demo programme's Best Thesis Award and the supervisor uploads the letter through the e-mailed link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AwardApplicationTests(BrowserApp app)
{
    private const string Password = "a long browser password";

    [Fact]
    public async Task An_applicant_applies_with_thesis_cv_and_supervisor_and_the_supervisor_uploads_the_letter_through_the_link()
    {
        const string email = "lena.hoffmann@browser-award.example.org";
        const string supervisorEmail = "prof.weber@browser-award.example.org";
        await app.CreateConfirmedUserAsync(email, "Lena Hoffmann", Password);
        var folder = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots", "i15b");
        Directory.CreateDirectory(folder);
        var thesis = Write(folder, "thesis.pdf", Pdf(40, "Lena Hoffmann: Depth and implicit regularization"));
        var cv = Write(folder, "cv.pdf", Pdf(1, "CV of Lena Hoffmann"));
        var letter = Write(folder, "letter.pdf", Pdf(1, "Letter of support for Lena Hoffmann"));

        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(email, Password);
        var pages = new AwardPages(page);
        await pages.OpenOrganisationAsync("spp-2298");
        await ShootAsync(page, folder, "organisation");
        await pages.StartApplicationAsync();
        await pages.FillApplicationAsync("Depth and implicit regularization", "We study how depth shapes the implicit bias of gradient descent.",
            "LMU Munich", "Prof. Weber", supervisorEmail, thesis, cv);
        await ShootAsync(page, folder, "apply");
        await pages.SubmitApplicationAsync();
        Assert.True(page.Url.Contains("/awards/applications/", StringComparison.Ordinal), $"Not applied: {await pages.ErrorsAsync()}");
        Assert.Contains("not yet received", await pages.LetterStateAsync());

        var mail = await app.WaitForMailAsync(supervisorEmail);
        var link = MailLinks.Find(mail, "/awards/applications/");
        var supervisorPage = await app.NewPageAsync();
        await supervisorPage.GotoAsync(link);
        var upload = new AwardPages(supervisorPage);
        await ShootAsync(supervisorPage, folder, "supervisor-letter");
        await upload.UploadLetterAsync(letter);
        Assert.True(await upload.LetterReceivedAsync());
        await ShootAsync(supervisorPage, folder, "supervisor-letter-received");

        await page.ReloadAsync();
        Assert.StartsWith("received", (await pages.LetterStateAsync()).Trim(), StringComparison.Ordinal);
        await ShootAsync(page, folder, "application");

        // A manager of the programme gives the award and announces the winner as news.
        const string managerEmail = "mara.manager@browser-award.example.org";
        await app.CreateConfirmedUserAsync(managerEmail, "Mara Manager", Password);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == managerEmail);
            var programme = await db.Organisations.SingleAsync(o => o.Slug == "spp-2298");
            db.OrganisationManagers.Add(new OrganisationManager { OrganisationId = programme.Id, UserId = user.Id });
            return await db.SaveChangesAsync();
        });
        var managerPage = await app.NewPageAsync();
        await new LoginPage(managerPage).SignInAsync(managerEmail, Password);
        var manage = new AwardPages(managerPage);
        await manage.OpenOrganisationAsync("spp-2298");
        await managerPage.ClickAndWaitForDocumentAsync(managerPage.GetByRole(AriaRole.Link, new() { Name = "Edit page" }));
        await ShootAsync(managerPage, folder, "edit-organisation");
        await manage.OpenOrganisationAsync("spp-2298");
        await managerPage.ClickAndWaitForDocumentAsync(managerPage.GetByRole(AriaRole.Link, new() { Name = "Applications", Exact = true }));
        var row = managerPage.Locator("tr", new() { HasText = "Lena Hoffmann" });
        Assert.Contains("received", await row.InnerTextAsync());
        await ShootAsync(managerPage, folder, "manage-award");
        await managerPage.ClickAndWaitForDocumentAsync(row.GetByRole(AriaRole.Button, new() { Name = "Give award" }));
        await managerPage.ClickAndWaitForDocumentAsync(managerPage.GetByRole(AriaRole.Button, new() { Name = "Announce winner" }));
        Assert.Equal("Best Thesis Award 2025 goes to Lena Hoffmann", await managerPage.GetByLabel("Title").InputValueAsync());
        await ShootAsync(managerPage, folder, "announce-draft");
        await managerPage.GetByLabel("Publish").CheckAsync();
        await managerPage.ClickAndWaitForDocumentAsync(managerPage.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }));
        Assert.Equal("Best Thesis Award 2025 goes to Lena Hoffmann", await managerPage.Locator("h1").InnerTextAsync());
        await ShootAsync(managerPage, folder, "news-item");
        await manage.OpenOrganisationAsync("spp-2298");
        await managerPage.ClickAndWaitForDocumentAsync(managerPage.GetByRole(AriaRole.Link, new() { Name = "New award call" }));
        await ShootAsync(managerPage, folder, "new-award-call");
    }

    private static byte[] Pdf(int pages, string text) => PdfDocuments.Create(text, document =>
    {
        using var font = PdfFonts.Regular(11);
        using var paint = new SKPaint { Color = SKColors.Black };
        for (var i = 1; i <= pages; i++)
        {
            document.BeginPage(595, 842).DrawText($"{text} — page {i}", 72, 90, SKTextAlign.Left, font, paint);
            document.EndPage();
        }
    });

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task ShootAsync(IPage page, string folder, string name)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        }
        await page.SetViewportSizeAsync(1280, 900);
    }
}
