using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;

namespace DeepMath.BrowserTests.ProgramPublic;

[Collection(BrowserCollection.Name)]
public sealed class ReadingTheProgramTests(BrowserApp app)
{
    [Fact]
    public async Task An_attendee_sees_the_program_at_1280_and_390_px_stars_a_session_without_javascript_and_downloads_the_ics()
    {
        await ProgramScene.ArrangeAsync(app);
        var shots = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots");

        // At desktop width, parallel sessions stand side by side; the zone is named.
        var wide = await app.NewPageAsync();
        var wideBroken = new BrokenResources(wide);
        await wide.SetViewportSizeAsync(1280, 900);
        var program = new PublicProgramPage(wide);
        await program.OpenFromEventPageAsync(ProgramScene.EventSlug);
        Assert.Equal("America/New_York", await program.ZoneAsync());
        var (leftA, topA, leftB, topB) = await program.PositionsAsync(ProgramScene.LeftSession, ProgramScene.RightSession);
        Assert.True(leftB > leftA + 200, $"Hall A's and Seminar room B's sessions should stand side by side (x {leftA} and {leftB}).");
        Assert.True(Math.Abs(topA - topB) < 2, $"Parallel sessions should start on one line (y {topA} and {topB}).");
        Assert.Equal(0, await program.OverflowAsync());
        await program.ScreenshotAsync(Path.Combine(shots, "program-1280.png"));
        Assert.Empty(wideBroken.All);

        // On a phone, without JavaScript: a list per room, nothing wider than the screen; Ada signs in and stars a session.
        var phone = await app.NewPageAsync(javaScript: false);
        var phoneBroken = new BrokenResources(phone);
        await phone.SetViewportSizeAsync(390, 844);
        await new LoginPage(phone).SignInAsync(ProgramScene.AttendeeEmail, ProgramScene.Password);
        var mobile = new PublicProgramPage(phone);
        await mobile.OpenFromEventPageAsync(ProgramScene.EventSlug);
        var (phoneLeftA, phoneTopA, phoneLeftB, phoneTopB) = await mobile.PositionsAsync(ProgramScene.LeftSession, ProgramScene.RightSession);
        Assert.True(Math.Abs(phoneLeftA - phoneLeftB) < 2 && phoneTopB > phoneTopA, "On a phone the rooms' lists follow one another.");
        Assert.Equal(0, await mobile.OverflowAsync());
        await mobile.ScreenshotAsync(Path.Combine(shots, "program-390.png"));

        await mobile.StarAsync(ProgramScene.RightSession);
        Assert.StartsWith("★ Starred", (await mobile.StarStateAsync(ProgramScene.RightSession)).Trim());
        await mobile.OpenMyScheduleAsync();
        Assert.Contains(ProgramScene.RightSession, await mobile.MyScheduleTextAsync());
        Assert.DoesNotContain(ProgramScene.LeftSession, await mobile.MyScheduleTextAsync());
        Assert.Equal(0, await mobile.OverflowAsync());
        await mobile.ScreenshotAsync(Path.Combine(shots, "my-schedule-390.png"));

        var download = await mobile.DownloadMyScheduleAsync();
        Assert.Equal($"{ProgramScene.EventSlug}-my-schedule.ics", download.SuggestedFilename);
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        var session = Assert.Single(calendar.Events);
        Assert.Equal(ProgramScene.RightSession, session.Summary);
        Assert.Equal("America/New_York", session.DtStart!.TzId);
        Assert.Equal(new DateTime(2025, 11, 6, 14, 0, 0, DateTimeKind.Utc), session.DtStart.AsUtc);
        Assert.Equal("Seminar room B", session.Location);
        Assert.Equal("America/New_York", Assert.Single(calendar.TimeZones).TzId);

        // A session's page and a talk's page, read on the phone.
        await mobile.OpenFromEventPageAsync(ProgramScene.EventSlug);
        await phone.ClickAndWaitForDocumentAsync(phone.Locator(".program-by-room").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = ProgramScene.LeftSession }).First);
        Assert.Contains("Times in America/New_York (UTC−05:00)", await phone.GetByTestId("session-when").InnerTextAsync());
        Assert.Equal(0, await mobile.OverflowAsync());
        await mobile.ScreenshotAsync(Path.Combine(shots, "program-session-390.png"));
        await phone.ClickAndWaitForDocumentAsync(phone.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Width lower bounds", Exact = true }));
        Assert.Contains("李明", await phone.InnerTextAsync("main"));
        Assert.Equal(0, await mobile.OverflowAsync());
        await mobile.ScreenshotAsync(Path.Combine(shots, "program-item-390.png"));
        Assert.Empty(phoneBroken.All);

        // The starred session shows as starred at desktop width too, once signed in there.
        await new LoginPage(wide).SignInAsync(ProgramScene.AttendeeEmail, ProgramScene.Password);
        await program.OpenFromEventPageAsync(ProgramScene.EventSlug);
        Assert.StartsWith("★ Starred", (await program.StarStateAsync(ProgramScene.RightSession)).Trim());
        await program.ScreenshotAsync(Path.Combine(shots, "program-signed-in-1280.png"));

        // On paper: the grid without navigation or star buttons.
        await wide.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        Assert.False(await wide.Locator("button.star-button").First.IsVisibleAsync());
        Assert.False(await wide.Locator("header nav").IsVisibleAsync());
        Assert.True(await wide.Locator(".program-grid").First.IsVisibleAsync());
        await program.ScreenshotAsync(Path.Combine(shots, "program-print.png"));
        Assert.Empty(wideBroken.All);
    }
}
