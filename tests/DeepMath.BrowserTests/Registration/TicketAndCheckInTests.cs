using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using UglyToad.PdfPig;

namespace DeepMath.BrowserTests.Registration;

[Collection(BrowserCollection.Name)]
public sealed class TicketAndCheckInTests(BrowserApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The other tests of the collection expect the demo's 2025-08-20.</summary>
    public Task DisposeAsync()
    {
        app.Clock.Freeze(BrowserApp.DemoNow);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_attendee_registers_and_downloads_the_ticket_and_the_organizer_checks_her_in_by_its_token_and_is_warned_the_second_time()
    {
        await RegistrationScene.ArrangeAsync(app);
        app.Clock.Freeze(RegistrationScene.RegistrationTime);
        var slug = RegistrationScene.EventSlug;

        // Ada registers while registration is open and is confirmed at once.
        var ada = await app.NewPageAsync();
        var adaBroken = new BrokenResources(ada);
        await new LoginPage(ada).SignInAsync(RegistrationScene.AttendeeEmail, RegistrationScene.Password);
        var form = new EventRegisterPage(ada);
        await form.OpenAsync(slug);
        Assert.Equal($"Register for {RegistrationScene.EventTitle}", await form.HeadingAsync());
        await form.ChooseTicketTypeAsync(RegistrationScene.TicketTypeName);
        await form.FillAsync(RegistrationScene.AttendeeName, "University of Oslo", "Norway", "Postdoc");
        var mine = await form.RegisterAsync();
        Assert.EndsWith($"/events/{slug}/registration", ada.Url);
        Assert.Equal("You are registered. Your ticket is on its way by e-mail, and you can download it below.", await mine.StatusAsync());
        Assert.Equal("Confirmed — nothing to pay", await mine.StateAsync());
        Assert.Equal(RegistrationScene.TicketTypeName, await mine.DetailAsync("Ticket type"));
        Assert.Equal(RegistrationScene.AttendeeName, await mine.DetailAsync("Name on the badge"));
        var reference = await mine.DetailAsync("Registration number");

        // The ticket names her and the event and carries the check-in token as text under the QR code.
        var download = await mine.DownloadTicketAsync();
        Assert.Equal($"{slug}-ticket.pdf", download.SuggestedFilename);
        string token;
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!)))
        {
            var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
            var text = string.Join(" ", words);
            Assert.Contains(RegistrationScene.AttendeeName, text);
            Assert.Contains(RegistrationScene.EventTitle, text);
            Assert.Contains($"Ticket type: {RegistrationScene.TicketTypeName}", text);
            Assert.Contains($"Registration {reference}", text);
            // Word splitting may cut a random token at a wide glyph gap: read the page's letters in order instead.
            var letters = string.Concat(pdf.GetPages().Select(p => p.Text));
            var match = System.Text.RegularExpressions.Regex.Match(letters, "token:([A-Za-z0-9_-]{43})");
            Assert.True(match.Success, $"No 43-character check-in token after \"token:\" in: {letters}");
            token = match.Groups[1].Value;
        }
        Assert.Empty(adaBroken.All);

        // At the desk, Olga pastes the token: Ada is checked in; pasting it again warns that the ticket was used.
        app.Clock.Freeze(RegistrationScene.DeskTime);
        var olga = await app.NewPageAsync();
        var olgaBroken = new BrokenResources(olga);
        await new LoginPage(olga).SignInAsync(RegistrationScene.OrganizerEmail, RegistrationScene.Password);
        var desk = new CheckInPage(olga);
        await desk.OpenAsync(slug);
        Assert.Equal("0 of 1 checked in", await desk.CountAsync());
        await desk.PasteTokenAsync(token);
        var (kind, text1) = await desk.ResultAsync();
        Assert.Equal("alert-success", kind);
        Assert.StartsWith($"{RegistrationScene.AttendeeName} is checked in.", text1);
        Assert.Contains($"{RegistrationScene.AttendeeName} · University of Oslo · {RegistrationScene.TicketTypeName}", text1);
        Assert.Equal("1 of 1 checked in", await desk.CountAsync());

        await desk.PasteTokenAsync(token);
        var (again, text2) = await desk.ResultAsync();
        Assert.Equal("alert-warning", again);
        Assert.StartsWith(
            $"Already checked in at Thu 6 Nov 2025, 08:30 (UTC) by {RegistrationScene.OrganizerName}. This ticket has been used before: check the person's identity.", text2);
        Assert.Equal("1 of 1 checked in", await desk.CountAsync());
        Assert.Empty(olgaBroken.All);
    }
}
