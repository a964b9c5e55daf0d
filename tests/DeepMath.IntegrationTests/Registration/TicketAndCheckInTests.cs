using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Registration.Domain;
using UglyToad.PdfPig;

namespace DeepMath.IntegrationTests.Registration;

[Collection(AppCollection.Name)]
public sealed class TicketAndCheckInTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_ticket_names_the_attendee_and_its_token_checks_them_in_once_then_warns()
    {
        var organizer = await app.CreateUserAsync("org@example.org", name: "Olga Organizer");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 250m, null));
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada Lovelace-Żółć"));

        using var pdf = await ada.Client.GetAsync($"/events/{ev.Slug}/registration/ticket.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        string text;
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        }
        Assert.Contains("DeepMath 2025", text);
        Assert.Contains("Lovelace-Żółć", text);
        Assert.Contains("USD 250.00", text);
        var registration = Assert.Single(await app.RegistrationsAsync(ev.Id));
        var token = text.Split(' ').Single(w => w.Length == 43 && CheckInToken.ReadId(w) == registration.Id);
        var key = await app.WithScopeAsync(s => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Web.Infrastructure.Database.DeepMathDbContext>(s)
                .RegistrationSettings.Select(x => x.TicketKey)));
        Assert.True(CheckInToken.IsValid(token, key));

        using var letter = await ada.Client.GetAsync($"/events/{ev.Slug}/registration/letter.pdf");
        using (var document = PdfDocument.Open(await letter.Content.ReadAsByteArrayAsync()))
        {
            Assert.Contains("is registered to attend", string.Join(" ", document.GetPages().Select(p => p.Text)));
        }

        using var desk = app.NewSession();
        await desk.LoginAsync("org@example.org", TestData.Password);
        var checkIn = $"/events/{ev.Slug}/check-in";
        using var first = await desk.PostFormAsync(checkIn, new Dictionary<string, string> { ["token"] = token });
        Assert.Contains("is checked in.", await first.Content.ReadAsStringAsync());
        Assert.Contains("Payment is due", await first.Content.ReadAsStringAsync());
        using var again = await desk.PostFormAsync(checkIn, new Dictionary<string, string> { ["token"] = token });
        var warning = await again.Content.ReadAsStringAsync();
        Assert.Contains("Already checked in at Wed 15 Oct 2025, 08:00 (America/New_York) by Olga Organizer", warning);

        var forged = CheckInToken.Create(registration.Id, new byte[32]);
        using var refused = await desk.PostFormAsync(checkIn, new Dictionary<string, string> { ["token"] = forged });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Not a valid ticket for this event", await refused.Content.ReadAsStringAsync());
        using var garbage = await desk.PostFormAsync(checkIn, new Dictionary<string, string> { ["token"] = "not-a-token" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, garbage.StatusCode);

        // An attendee cannot use the desk.
        var (status, _) = await ada.GetAsync(checkIn);
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task A_cancelled_ticket_is_refused_at_the_desk()
    {
        var organizer = await app.CreateUserAsync("org@example.org");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 300);
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada"));
        var registration = Assert.Single(await app.RegistrationsAsync(ev.Id));
        using var desk = app.NewSession();
        await desk.LoginAsync("org@example.org", TestData.Password);
        await desk.PostFormAsync($"/events/{ev.Slug}/registrations/{registration.Id}", $"/events/{ev.Slug}/registrations/{registration.Id}/cancel", new Dictionary<string, string> { ["confirmed"] = "true" });
        var key = await app.WithScopeAsync(s => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Web.Infrastructure.Database.DeepMathDbContext>(s)
                .RegistrationSettings.Select(x => x.TicketKey)));
        using var refused = await desk.PostFormAsync($"/events/{ev.Slug}/check-in", new Dictionary<string, string> { ["token"] = CheckInToken.Create(registration.Id, key) });
        Assert.Contains("was cancelled, so this ticket is void", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_desk_finds_confirmed_attendees_by_name_or_email_in_name_order_and_checks_one_in()
    {
        var organizer = await app.CreateUserAsync("org@example.org");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 0m, null));
        foreach (var (email, name) in new[] { ("zoe@example.org", "Zoë Lovelace"), ("ada@example.org", "Ada Lovelace"), ("bob@example.org", "Bob Byron") })
        {
            using var attendee = await app.SignedInAsync(email);
            await attendee.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], name));
        }
        using var desk = app.NewSession();
        await desk.LoginAsync("org@example.org", TestData.Password);
        var checkIn = $"/events/{ev.Slug}/check-in";

        var (status, html) = await desk.GetAsync(checkIn + "?q=lovelace");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(html.IndexOf("Ada Lovelace", StringComparison.Ordinal) is var ada and > 0 && ada < html.IndexOf("Zoë Lovelace", StringComparison.Ordinal),
            "Matches come in name order.");
        Assert.DoesNotContain("Bob Byron", html);
        (status, html) = await desk.GetAsync(checkIn + "?q=BOB%40example");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Bob Byron", html);
        (status, html) = await desk.GetAsync(checkIn + "?q=50%25_off");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No confirmed attendee matches", html);

        var bob = (await app.RegistrationsAsync(ev.Id)).Single(r => r.BadgeName == "Bob Byron");
        using var marked = await desk.PostFormAsync(checkIn + "?q=bob", $"{checkIn}/{bob.Id}?q=bob", new Dictionary<string, string>());
        var answer = await marked.Content.ReadAsStringAsync();
        Assert.Contains("Bob Byron is checked in.", answer);
        Assert.Contains("Checked in</button>", answer);
    }
}
