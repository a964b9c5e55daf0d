using System.Net;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Registration;

[Collection(AppCollection.Name)]
public sealed class RegisterTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_account_registers_gets_a_ticket_by_mail_and_cannot_register_twice()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Student", 100m, null), ("Academic", 250m, null));
        using var ada = await app.SignedInAsync("ada@example.org", "Ada Lovelace");

        using var response = await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[1], "Ada Lovelace"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await ada.GetAsync($"/events/{ev.Slug}/registration");
        Assert.Contains("Confirmed — payment due: USD 250.00", page);

        using var second = await ada.PostFormAsync($"/events/{ev.Slug}/registration", $"/events/{ev.Slug}/register", RegistrationData.Form(types[0], "Ada again"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already registered for this event", await second.Content.ReadAsStringAsync());
        Assert.Single(await app.RegistrationsAsync(ev.Id));

        Assert.Equal(1, await app.DeliverMailAsync());
        var mail = Assert.Single(app.Smtp.To("ada@example.org"));
        Assert.Contains("registration confirmed", mail.Subject);
        var ticket = Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("ticket.pdf", ticket.FileName);
    }
}
