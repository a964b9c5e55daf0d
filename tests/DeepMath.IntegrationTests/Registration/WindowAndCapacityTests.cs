using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.IntegrationTests.Registration;

[Collection(AppCollection.Name)]
public sealed class WindowAndCapacityTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_window_opens_at_midnight_of_1_October_and_closes_after_23_59_59_999_of_5_November_New_York_time()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 300);
        var opens = new DateTimeOffset(2025, 10, 1, 4, 0, 0, TimeSpan.Zero);   // 00:00 EDT
        var closes = new DateTimeOffset(2025, 11, 6, 5, 0, 0, TimeSpan.Zero);  // 00:00 EST, after the DST change

        // Sign-in cookies expire after 14 days of the app's clock, so each visitor signs in at the time it acts.
        app.Clock.Freeze(opens.AddMilliseconds(-1));
        using var early = await app.SignedInAsync("early@example.org");
        using var tooEarly = await early.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Early"));
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Contains("Registration opens on 1 October 2025, 00:00 (America/New_York)", await tooEarly.Content.ReadAsStringAsync());
        app.Clock.Freeze(opens);
        using var first = await early.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Early"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        app.Clock.Freeze(closes.AddMilliseconds(-1));
        using var late = await app.SignedInAsync("late@example.org");
        using var last = await late.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Late"));
        Assert.Equal(HttpStatusCode.Redirect, last.StatusCode);
        await late.PostFormAsync($"/events/{ev.Slug}/registration", $"/events/{ev.Slug}/registration/cancel", new Dictionary<string, string> { ["confirmed"] = "true" });
        app.Clock.Freeze(closes);
        using var tooLate = await late.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Late again"));
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.Contains("Registration closed at 6 November 2025, 00:00 (America/New_York)", await tooLate.Content.ReadAsStringAsync());
        Assert.Equal(2, (await app.RegistrationsAsync(ev.Id)).Count);
    }

    [Fact]
    public async Task Cancelling_after_the_deadline_is_refused_with_a_message_and_the_registration_stays()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 300);
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada"));
        app.Clock.Freeze(new DateTimeOffset(2025, 11, 6, 5, 0, 0, TimeSpan.Zero));
        await ada.LoginAsync("ada@example.org", TestData.Password);
        using var cancel = await ada.PostFormAsync($"/events/{ev.Slug}/registration", $"/events/{ev.Slug}/registration/cancel", new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        var (_, page) = await ada.GetAsync($"/events/{ev.Slug}/registration");
        Assert.Contains("can no longer be cancelled here", page);
        Assert.Equal(RegistrationState.Confirmed, Assert.Single(await app.RegistrationsAsync(ev.Id)).State);
    }

    [Fact]
    public async Task A_ticket_cap_sends_the_next_of_that_type_to_the_waiting_list_while_other_types_still_get_seats()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 3, ("Student", 50m, 1), ("Academic", 250m, null));
        var states = new List<RegistrationState>();
        foreach (var (who, type) in new[] { ("s1", types[0]), ("s2", types[0]), ("a1", types[1]), ("a2", types[1]), ("a3", types[1]) })
        {
            using var session = await app.SignedInAsync($"{who}@example.org");
            using var response = await session.RegisterAsync(ev.Slug, RegistrationData.Form(type, who));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var (_, page) = await session.GetAsync($"/events/{ev.Slug}/registration");
            states.Add(page.Contains("On the waiting list", StringComparison.Ordinal) ? RegistrationState.Waitlisted : RegistrationState.Confirmed);
            if (who == "a3")
            {
                Assert.Contains("On the waiting list — place 2", page);
            }
        }
        Assert.Equal([RegistrationState.Confirmed, RegistrationState.Waitlisted, RegistrationState.Confirmed, RegistrationState.Confirmed, RegistrationState.Waitlisted], states);
    }

    [Fact]
    public async Task Freed_seats_go_to_the_waiting_list_once_and_in_order_with_an_email()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 1);
        var sessions = new List<WebSession>();
        foreach (var who in new[] { "first", "second", "third" })
        {
            var session = await app.SignedInAsync($"{who}@example.org");
            await session.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], who));
            sessions.Add(session);
        }
        Assert.Empty(await app.PromoteAsync(ev.Id));
        await sessions[0].PostFormAsync($"/events/{ev.Slug}/registration", $"/events/{ev.Slug}/registration/cancel", new Dictionary<string, string> { ["confirmed"] = "true" });
        var runs = await Task.WhenAll(app.PromoteAsync(ev.Id), app.PromoteAsync(ev.Id), app.PromoteAsync(ev.Id));
        var promoted = Assert.Single(runs.SelectMany(r => r));
        var registrations = await app.RegistrationsAsync(ev.Id);
        Assert.Equal("second@example.org", registrations.Single(r => r.Id == promoted).Email);
        Assert.Equal(RegistrationState.Waitlisted, registrations.Single(r => r.Email == "third@example.org").State);
        var (_, third) = await sessions[2].GetAsync($"/events/{ev.Slug}/registration");
        Assert.Contains("place 1", third);

        await app.DeliverMailAsync();
        var mails = app.Smtp.To("second@example.org");
        Assert.Single(mails, m => m.Subject!.Contains("you have a seat", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Subject!.Contains("waiting list (place 1)", StringComparison.Ordinal));
        Assert.Single(app.Smtp.To("first@example.org"), m => m.Subject!.Contains("cancelled", StringComparison.Ordinal));
        sessions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task Raising_the_capacity_promotes_the_next_in_line_and_lowering_it_below_the_confirmed_count_is_refused()
    {
        var organizer = await app.CreateUserAsync("org@example.org");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 1);
        foreach (var who in new[] { "one", "two" })
        {
            using var s = await app.SignedInAsync($"{who}@example.org");
            await s.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], who));
        }
        using var org = app.NewSession();
        await org.LoginAsync("org@example.org", TestData.Password);
        var settings = $"/events/{ev.Slug}/registration/settings";
        var fields = new Dictionary<string, string> { ["OpensOn"] = "2025-10-01", ["ClosesOn"] = "2025-11-05", ["Capacity"] = "0", ["Currency"] = "USD" };
        using var refused = await org.PostFormAsync(settings, fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("1 registrations are confirmed, so the capacity cannot go below 1", await refused.Content.ReadAsStringAsync());

        fields["Capacity"] = "2";
        using var raised = await org.PostFormAsync(settings, fields);
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        Assert.Single(await app.PromoteAsync(ev.Id));
        Assert.All(await app.RegistrationsAsync(ev.Id), r => Assert.Equal(RegistrationState.Confirmed, r.State));
    }
}
