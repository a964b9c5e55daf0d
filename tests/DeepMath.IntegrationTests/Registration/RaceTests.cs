using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Registration;

/// <summary>No overselling: thousands of registrations at once through the HTTP stack, and cancellations racing with promotion.</summary>
[Collection(AppCollection.Name)]
public sealed class RaceTests(AppFixture app, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_thousand_concurrent_registrations_at_a_300_seat_event_confirm_exactly_300()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 250m, null));
        using var clients = await RaceClients.CreateAsync(app, 2000, $"/events/{ev.Slug}/register");

        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var posts = clients.Visitors.Select(v => Task.Run(async () =>
        {
            var started = clock.Elapsed;
            using var response = await clients.PostAsync(v, $"/events/{ev.Slug}/register", RegistrationData.Form(types[0], v.Email));
            return (response.StatusCode, Latency: clock.Elapsed - started);
        }));
        var results = await Task.WhenAll(posts);
        var elapsed = clock.Elapsed;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var registrations = await app.RegistrationsAsync(ev.Id);
        var waiting = registrations.Where(r => r.State == RegistrationState.Waitlisted).ToList();
        RaceFigures.Report(output, registrations.Count(r => r.State == RegistrationState.Confirmed), waiting.Count,
            results.Count(r => r.StatusCode != HttpStatusCode.Redirect), elapsed, results.Select(r => r.Latency).ToList(), cpu);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(300, registrations.Count(r => r.State == RegistrationState.Confirmed));
        Assert.Equal(1700, waiting.Count);
        Assert.Equal(Enumerable.Range(1, 1700).Select(n => (long)n), waiting.Select(r => r.WaitNumber!.Value).Order());

        // A burst's tickets are drawn after its seats commit: once they are, every confirmed attendee has exactly one
        // confirmation with its ticket, every waiting one exactly one waiting-list e-mail, and nobody else any.
        await app.WithScopeAsync(s => s.GetRequiredService<PendingTickets>().QueueAsync(ev.Id, null, CancellationToken.None));
        var mails = await app.RegistrationMailsAsync(ev.Id);
        var confirmedIds = registrations.Where(r => r.State == RegistrationState.Confirmed).Select(r => r.Id).ToHashSet();
        Assert.True(confirmedIds.SetEquals(mails.Where(m => m.Kind == "confirmed" && m.Attachments == 1).Select(m => m.RegistrationId)));
        Assert.True(waiting.Select(r => r.Id).ToHashSet().SetEquals(mails.Where(m => m.Kind == "waitlisted").Select(m => m.RegistrationId)));
        Assert.Equal(2000, mails.Count);

        // Concurrent cancellations by 40 confirmed attendees, with promotion runs racing them.
        var confirmed = registrations.Where(r => r.State == RegistrationState.Confirmed).Take(40).Select(r => r.UserId).ToHashSet();
        var cancellers = clients.Visitors.Where(v => confirmed.Contains(v.UserId)).ToList();
        var cancels = cancellers.Select(v => Task.Run(async () =>
        {
            using var response = await clients.PostAsync(v, $"/events/{ev.Slug}/registration/cancel", [new("confirmed", "true")]);
            return response.StatusCode;
        }));
        var promotions = Enumerable.Range(0, 4).Select(_ => Task.Run(() => app.PromoteAsync(ev.Id)));
        Assert.All(await Task.WhenAll(cancels), s => Assert.Equal(HttpStatusCode.Redirect, s));
        var promotedDuringRace = (await Task.WhenAll(promotions)).SelectMany(p => p).ToList();
        var promotedAfter = await app.PromoteAsync(ev.Id);
        var promoted = promotedDuringRace.Concat(promotedAfter).ToList();

        Assert.Equal(40, promoted.Count);
        Assert.Equal(promoted.Count, promoted.Distinct().Count());
        Assert.Empty(await app.PromoteAsync(ev.Id));
        var after = await app.RegistrationsAsync(ev.Id);
        Assert.Equal(300, after.Count(r => r.State == RegistrationState.Confirmed));
        Assert.Equal(40, after.Count(r => r.State == RegistrationState.Cancelled));
        // The first 40 in line, and nobody else, have the freed seats.
        var firstInLine = waiting.OrderBy(r => r.WaitNumber).Take(40).Select(r => r.Id).ToHashSet();
        Assert.True(firstInLine.SetEquals(promoted));
    }
}
