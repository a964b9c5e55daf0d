using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.IntegrationTests.Registration;

[Collection(AppCollection.Name)]
public sealed class OrganizerTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_invitation_code_is_mailed_gives_its_discount_and_is_refused_past_its_limit()
    {
        var organizer = await app.CreateUserAsync("org@example.org");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 250m, null));
        using var org = app.NewSession();
        await org.LoginAsync("org@example.org", TestData.Password);
        using var created = await org.PostFormAsync($"/events/{ev.Slug}/registration/codes",
            new Dictionary<string, string> { ["Email"] = "guest@example.org", ["DiscountPercent"] = "100", ["MaxUses"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await app.DeliverMailAsync();
        var invitation = Assert.Single(app.Smtp.To("guest@example.org"));
        var code = System.Text.RegularExpressions.Regex.Match(invitation.TextBody ?? string.Empty, "Your code is ([A-Z0-9]{10})").Groups[1].Value;

        using var guest = await app.SignedInAsync("guest@example.org");
        using var used = await guest.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Guest", code: code.ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        var (_, page) = await guest.GetAsync($"/events/{ev.Slug}/registration");
        Assert.Contains("Confirmed — nothing to pay", page);

        using var other = await app.SignedInAsync("other@example.org");
        using var refused = await other.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Other", code: code));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains($"The code {code} has already been used 1 time(s), its limit", html);
        Assert.Contains("value=\"Other\"", html);
        Assert.Single(await app.RegistrationsAsync(ev.Id));
    }

    [Fact]
    public async Task Organizers_filter_mark_paid_export_print_badges_and_only_consenting_attendees_are_listed()
    {
        var organizer = await app.CreateUserAsync("org@example.org");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Student", 50m, null), ("Academic", 250m, null));
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada Visible", consent: true));
        using var bob = await app.SignedInAsync("bob@example.org");
        await bob.RegisterAsync(ev.Slug, RegistrationData.Form(types[1], "Bob Hidden", consent: false));
        using var org = app.NewSession();
        await org.LoginAsync("org@example.org", TestData.Password);

        var (_, list) = await org.GetAsync($"/events/{ev.Slug}/registrations?q=bob");
        Assert.Contains("Bob Hidden", list);
        Assert.DoesNotContain("Ada Visible", list);
        Assert.Contains("<strong>2</strong> confirmed of <strong>300</strong> seats", list);

        var bobId = (await app.RegistrationsAsync(ev.Id)).Single(r => r.Email == "bob@example.org").Id;
        using var paid = await org.PostFormAsync($"/events/{ev.Slug}/registrations/{bobId}", $"/events/{ev.Slug}/registrations/{bobId}/paid", new Dictionary<string, string> { ["reference"] = "wire 42" });
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal(PaymentState.Paid, (await app.RegistrationsAsync(ev.Id)).Single(r => r.Id == bobId).Payment);

        using var csv = await org.Client.GetAsync($"/events/{ev.Slug}/registrations/export.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("Bob Hidden,bob@example.org", StringComparison.Ordinal) && l.Contains(",Paid,250.00,USD,", StringComparison.Ordinal));

        using var badges = await org.Client.GetAsync($"/events/{ev.Slug}/registrations/badges.pdf?paper=Letter");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await badges.Content.ReadAsByteArrayAsync()))
        {
            var page = Assert.Single(document.GetPages());
            Assert.Equal(612, page.Width, 0);
            Assert.Contains("Bob Hidden", page.Text.Replace("\n", " ", StringComparison.Ordinal));
        }

        var (_, attendees) = await ada.GetAsync($"/events/{ev.Slug}/attendees");
        Assert.Contains("Ada Visible", attendees);
        Assert.DoesNotContain("Bob Hidden", attendees);
        using var outsider = await app.SignedInAsync("outsider@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/events/{ev.Slug}/attendees")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/events/{ev.Slug}/registrations")).Status);
    }
}
