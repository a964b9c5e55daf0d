using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Registration;

/// <summary>A seat committed without its ticket e-mail (the process died before drawing it) still gets the ticket, once, from the minute's sweep.</summary>
[Collection(AppCollection.Name)]
public sealed class TicketSweepTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_confirmed_registration_without_its_ticket_mail_gets_it_once_from_the_sweep()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 10, ("Academic", 0m, null));
        using var ada = await app.SignedInAsync("ada@example.org", "Ada Lovelace");
        using var response = await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada Lovelace"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var registration = Assert.Single(await app.RegistrationsAsync(ev.Id));
        // What a crash between the seat's commit and the drawing of its ticket leaves behind.
        var removed = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages
            .Where(m => m.IdempotencyKey == $"registration:{registration.Id}:confirmed").ExecuteDeleteAsync());
        Assert.Equal(1, removed);

        Assert.Equal(0, await SweepAsync());
        app.Clock.MoveTo(RegistrationData.Open.AddMinutes(2));
        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());

        var mail = Assert.Single(await app.RegistrationMailsAsync(ev.Id));
        Assert.Equal((registration.Id, "confirmed", 1), mail);
        Assert.Equal(1, await app.DeliverMailAsync());
        var sent = Assert.Single(app.Smtp.To("ada@example.org"));
        Assert.Contains("registration confirmed", sent.Subject);
        Assert.Equal("ticket.pdf", Assert.Single(sent.Attachments.OfType<MimeKit.MimePart>()).FileName);
    }

    private Task<int> SweepAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<SendPendingTicketsJob>().RunAsync(CancellationToken.None));
}
