using System.Net;
using DeepMath.IntegrationTests.Decisions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Registration;

/// <summary>Presenting authors of accepted abstracts: a guaranteed place outside the public capacity, reminders, the organizers' view.</summary>
[Collection(AppCollection.Name)]
public sealed class PresenterTests(AppFixture app) : IAsyncLifetime
{
    // The decisions call is in UTC; registration closes at the end of 5 November 2025.
    private static readonly DateTimeOffset FourteenDaysBefore = new(2025, 10, 22, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ThreeDaysBefore = new(2025, 11, 2, 0, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task At_a_full_event_the_presenter_is_confirmed_and_a_non_presenter_at_the_same_moment_is_waitlisted()
    {
        var setup = await AcceptedAndSentAsync(submissions: 2);
        var types = await app.SetUpRegistrationAsync(setup.Call.EventId, 1);
        app.Clock.Freeze(RegistrationData.Open);
        using var public1 = await app.SignedInAsync("first@example.org");
        await public1.RegisterAsync(Slug, RegistrationData.Form(types[0], "First"));
        using var ada = app.NewSession();
        await ada.LoginAsync(DecisionsData.Ada, TestData.Password);
        using var late = await app.SignedInAsync("late@example.org");

        var responses = await Task.WhenAll(
            ada.RegisterAsync(Slug, RegistrationData.Form(types[0], "Ada")),
            late.RegisterAsync(Slug, RegistrationData.Form(types[0], "Late")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        var all = await app.RegistrationsAsync(setup.Call.EventId);
        var adaRegistration = Assert.Single(all, r => r.Email == DecisionsData.Ada);
        Assert.Equal(RegistrationState.Confirmed, adaRegistration.State);
        Assert.True(adaRegistration.IsPresenter);
        Assert.Equal(RegistrationState.Waitlisted, Assert.Single(all, r => r.Email == "late@example.org").State);
        Assert.Equal(RegistrationState.Confirmed, Assert.Single(all, r => r.Email == "first@example.org").State);
    }

    [Fact]
    public async Task Unregistered_presenters_are_reminded_14_and_3_days_before_the_deadline_once_each()
    {
        var setup = await AcceptedAndSentAsync(submissions: 2);
        var types = await app.SetUpRegistrationAsync(setup.Call.EventId, 10);
        app.Clock.Freeze(RegistrationData.Open);
        using var author2 = app.NewSession();
        await author2.LoginAsync("author2@example.org", TestData.Password);
        await author2.RegisterAsync(Slug, RegistrationData.Form(types[0], "Author 2"));

        app.Clock.Freeze(FourteenDaysBefore.AddMilliseconds(-1));
        Assert.Empty(await RunRemindersAsync());
        app.Clock.Freeze(FourteenDaysBefore);
        Assert.Single(await RunRemindersAsync());
        Assert.Empty(await RunRemindersAsync());
        app.Clock.Freeze(ThreeDaysBefore.AddHours(-1));
        Assert.Empty(await RunRemindersAsync());
        app.Clock.Freeze(ThreeDaysBefore);
        Assert.Single(await RunRemindersAsync());
        Assert.Empty(await RunRemindersAsync());

        var reminders = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith("registration:presenter-reminder:")).OrderBy(m => m.CreatedAt).ToListAsync());
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, m => Assert.Equal(DecisionsData.Ada, m.ToAddress));
        Assert.Contains("14 days left", reminders[0].Subject);
        Assert.Contains("3 days left", reminders[1].Subject);
        Assert.Contains($"/events/{Slug}/register", reminders[0].TextBody);
    }

    [Fact]
    public async Task The_organizers_see_whether_each_presenter_has_registered_and_others_get_404()
    {
        var setup = await AcceptedAndSentAsync(submissions: 2);
        var types = await app.SetUpRegistrationAsync(setup.Call.EventId, 10);
        app.Clock.Freeze(RegistrationData.Open);
        using var ada = app.NewSession();
        await ada.LoginAsync(DecisionsData.Ada, TestData.Password);
        await ada.RegisterAsync(Slug, RegistrationData.Form(types[0], "Ada"));
        using var denied = await ada.Client.GetAsync($"/events/{Slug}/registrations/presenters");
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);

        using var olga = app.NewSession();
        await olga.LoginAsync(DecisionsData.Organizer, TestData.Password);
        var (status, page) = await olga.GetAsync($"/events/{Slug}/registrations/presenters");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<strong>1</strong> of <strong>2</strong>", page);
        Assert.Contains("Registered (Confirmed)", page);
        Assert.Contains("Not registered", page);
    }

    private const string Slug = "deepmath-2025";

    private Task<IReadOnlyList<string>> RunRemindersAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<RemindPresentersJob>().RunAsync(CancellationToken.None));

    /// <summary>All submissions accepted as talks and the decisions sent, as the notification job leaves them.</summary>
    private async Task<DecisionCall> AcceptedAndSentAsync(int submissions)
    {
        var setup = await app.DecisionCallAsync(submissions);
        for (var n = 2; n <= submissions; n++)
        {
            await app.CreateUserAsync($"author{n}@example.org", name: $"Author {n}");
        }
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            foreach (var submission in setup.Submissions)
            {
                var decision = new Decision { CallId = setup.Call.Id, SubmissionId = submission.Id, OutcomeKey = DecisionOutcome.Talk, DecidedBy = "olga", DecidedAt = DecisionsData.DecisionTime };
                decision.MarkSent(DecisionsData.DecisionTime);
                db.Decisions.Add(decision);
            }
            await db.SaveChangesAsync();
            return 0;
        });
        return setup;
    }
}
