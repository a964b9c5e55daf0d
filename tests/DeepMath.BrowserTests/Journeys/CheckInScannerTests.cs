using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Journeys;

/// <summary>
/// The check-in desk reads a ticket's QR code with the camera: with BarcodeDetector where the browser has it, with jsQR
/// where it has not, and offers only the pasted token without either. Headless Chromium on Linux has no BarcodeDetector,
/// so the first test gives the page a detector that "sees" the ticket; the second plays the ticket's QR code through
/// Chromium's fake camera and lets jsQR read it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CheckInScannerTests(BrowserApp app)
{
    [Fact]
    public async Task With_a_barcode_detector_the_camera_button_reads_the_ticket_and_checks_the_attendee_in()
    {
        var passwords = await RolePages.PasswordsAsync(app);
        var (token, name) = await UncheckedTicketAsync();
        var page = await app.NewPageAsync();
        await page.AddInitScriptAsync($$"""
            window.BarcodeDetector = class {
                static getSupportedFormats() { return Promise.resolve(['qr_code']); }
                constructor() { this.calls = 0; }
                detect() { this.calls++; return Promise.resolve(this.calls < 3 ? [] : [{ rawValue: '{{token}}' }]); }
            };
            navigator.mediaDevices.getUserMedia = () => {
                const canvas = document.createElement('canvas');
                canvas.width = 64; canvas.height = 64;
                canvas.getContext('2d').fillRect(0, 0, 64, 64);
                return Promise.resolve(canvas.captureStream(5));
            };
            """);
        await new LoginPage(page).SignInAsync("organizer@deepmath.test", passwords["organizer@deepmath.test"]);
        await page.SetViewportSizeAsync(390, 800);
        var desk = new CheckInPage(page);
        await desk.OpenAsync(RolePages.Slug);
        var scan = page.GetByTestId("scan-start");
        await scan.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RolePages.ScreenshotFolder(), "organizer-check-in-scanner-390.png"), FullPage = true });
        await scan.ClickAsync();
        await page.GetByTestId("checkin-result").WaitForAsync();
        var (kind, text) = await desk.ResultAsync();
        Assert.Equal("alert-success", kind);
        Assert.Contains(name, text);
        Assert.Contains("is checked in.", text);
    }

    [Fact]
    public async Task Without_a_barcode_detector_jsqr_reads_the_real_tickets_qr_code_from_the_camera_and_checks_the_attendee_in()
    {
        var passwords = await RolePages.PasswordsAsync(app);
        var (token, name) = await UncheckedTicketAsync();
        var camera = FakeCamera.Showing(token);
        try
        {
            // Chromium's own fake camera plays the file: the frames go through getUserMedia, the video element, a canvas
            // and jsQR, as a phone's camera would, with no stand-in for any of them.
            await using var browser = await app.LaunchBrowserAsync(
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", $"--use-file-for-fake-video-capture={camera}");
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Permissions = ["camera"] });
            context.SetDefaultTimeout(60_000);
            context.SetDefaultNavigationTimeout(60_000);
            var page = await context.NewPageAsync();
            await page.AddInitScriptAsync("delete window.BarcodeDetector;");
            await new LoginPage(page).SignInAsync("organizer@deepmath.test", passwords["organizer@deepmath.test"]);
            var desk = new CheckInPage(page);
            await desk.OpenAsync(RolePages.Slug);
            var scan = page.GetByTestId("scan-start");
            await scan.WaitForAsync();
            Assert.Equal("jsqr", await scan.GetAttributeAsync("data-decoder"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(RolePages.ScreenshotFolder(), "organizer-check-in-jsqr-1280.png"), FullPage = true });
            await page.SetViewportSizeAsync(390, 800);
            await page.ScreenshotAsync(new() { Path = Path.Combine(RolePages.ScreenshotFolder(), "organizer-check-in-jsqr-390.png"), FullPage = true });
            await scan.ClickAsync();
            await page.GetByTestId("checkin-result").WaitForAsync();
            var (kind, text) = await desk.ResultAsync();
            Assert.Equal("alert-success", kind);
            Assert.Contains(name, text);
            Assert.Contains("is checked in.", text);
            await page.ScreenshotAsync(new() { Path = Path.Combine(RolePages.ScreenshotFolder(), "organizer-check-in-jsqr-checked-in-390.png"), FullPage = true });
        }
        finally
        {
            File.Delete(camera);
        }
    }

    [Fact]
    public async Task Without_a_barcode_detector_or_the_qr_decoder_the_camera_button_stays_hidden_and_pasting_remains()
    {
        var passwords = await RolePages.PasswordsAsync(app);
        var page = await app.NewPageAsync();
        await page.AddInitScriptAsync("delete window.BarcodeDetector;");
        await page.RouteAsync("**/lib/jsqr/**", route => route.AbortAsync());
        await new LoginPage(page).SignInAsync("organizer@deepmath.test", passwords["organizer@deepmath.test"]);
        await new CheckInPage(page).OpenAsync(RolePages.Slug);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.False(await page.GetByTestId("scan-start").IsVisibleAsync());
        Assert.True(await page.GetByLabel("Ticket token (scan the QR code or paste it)").IsVisibleAsync());
    }

    /// <summary>A demo attendee not checked in yet, and the token their ticket's QR code holds.</summary>
    private Task<(string Token, string Name)> UncheckedTicketAsync() => app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<DeepMathDbContext>();
        var eventId = await db.Events.Where(e => e.Slug == RolePages.Slug).Select(e => e.Id).SingleAsync();
        var key = await db.RegistrationSettings.Where(s => s.EventId == eventId).Select(s => s.TicketKey).SingleAsync();
        var registration = await db.Registrations.Where(r => r.EventId == eventId && r.State == RegistrationState.Confirmed && r.CheckedInAt == null && r.BadgeName != "Tara Attendee")
            .OrderBy(r => r.BadgeName).FirstAsync();
        return (CheckInToken.Create(registration.Id, key), registration.BadgeName);
    });
}
