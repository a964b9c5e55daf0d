using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Jobs;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

/// <summary>Moves the clock across each date of a call and checks that each step happens once, whatever the number of runs.</summary>
[Collection(AppCollection.Name)]
public sealed class LifecycleTests(AppFixture app) : IAsyncLifetime
{
    // The call closes 2025-08-31 in UTC, so the first closed instant is 2025-09-01T00:00Z.
    private static readonly DateTimeOffset Closes = new(2025, 9, 1, 0, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_step_happens_once_at_its_date_even_when_the_job_runs_twice()
    {
        var organizer = await app.CreateUserAsync("olga@example.org", name: "Olga");
        var subscriber = await app.CreateUserAsync("sam@example.org", name: "Sam");
        var author = await app.CreateUserAsync("alan@example.org", name: "Alan");
        var finished = await app.CreateUserAsync("fiona@example.org", name: "Fiona");
        var (ev, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            db.EventSubscribers.Add(new() { EventId = ev.Id, UserId = subscriber.Id });
            return await db.SaveChangesAsync();
        });
        await app.CreateDraftAsync(call.Id, author.Id, 1);
        var done = await app.CreateDraftAsync(call.Id, finished.Id, 2);
        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Submissions.Where(x => x.Id == done.Id)
            .ExecuteUpdateAsync(x => x.SetProperty(p => p.State, SubmissionState.Submitted)));

        Assert.Empty(await RunTwiceAsync()); // before opening: nothing

        app.Clock.Freeze(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Single(await RunTwiceAsync());
        Assert.Equal(["olga@example.org", "sam@example.org"], Recipients("is open"));

        app.Clock.Freeze(Closes - TimeSpan.FromHours(72));
        Assert.Single(await RunTwiceAsync());
        Assert.Equal(["alan@example.org"], Recipients("72 hours left"));

        app.Clock.Freeze(Closes - TimeSpan.FromHours(24) - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await RunTwiceAsync());

        app.Clock.Freeze(Closes - TimeSpan.FromHours(24));
        Assert.Single(await RunTwiceAsync());
        Assert.Equal(["alan@example.org"], Recipients("24 hours left"));

        app.Clock.Freeze(Closes - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await RunTwiceAsync());

        app.Clock.Freeze(Closes);
        Assert.Single(await RunTwiceAsync());
        var closed = Assert.Single(app.Smtp.Messages, m => (m.Subject ?? "").Contains("closed", StringComparison.Ordinal));
        Assert.Equal("DeepMath 2025: Call for abstracts closed — 1 submitted", closed.Subject);
        Assert.Contains("1 draft was never submitted", closed.TextBody);

        // Every message exactly once, in all.
        Assert.Equal(5, app.Smtp.Messages.Count);
    }

    [Fact]
    public async Task Changing_the_deadline_changes_what_is_due()
    {
        var author = await app.CreateUserAsync("alan@example.org");
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        await app.CreateDraftAsync(call.Id, author.Id, 1);
        app.Clock.Freeze(Closes - TimeSpan.FromHours(23));
        // The call was never announced (no one to announce it to), so "opened" runs too, mailing no one.
        Assert.Equal(2, (await RunTwiceAsync()).Count);
        Assert.Single(app.Smtp.Messages);

        // The organizers extend the deadline by a week: a new 24 h reminder falls due before the new date.
        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Calls.Where(c => c.Id == call.Id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ClosesOn, new DateOnly(2025, 9, 7))));
        Assert.Empty(await RunTwiceAsync());
        app.Clock.Freeze(new DateTimeOffset(2025, 9, 7, 1, 0, 0, TimeSpan.Zero));
        Assert.Contains("reminder-24h:2025-09-08T00:00:00.000Z", Assert.Single(await RunTwiceAsync()));
        Assert.Equal(2, app.Smtp.To("alan@example.org").Count);
    }

    [Fact]
    public async Task Concurrent_runs_do_each_step_once()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        app.Clock.Freeze(new DateTimeOffset(2025, 7, 2, 0, 0, 0, TimeSpan.Zero));
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RunOnceAsync()));
        Assert.Single(runs.SelectMany(r => r));
        await app.DeliverMailAsync();
        Assert.Single(app.Smtp.Messages);
    }

    private async Task<IReadOnlyList<string>> RunTwiceAsync()
    {
        var first = await RunOnceAsync();
        var second = await RunOnceAsync();
        Assert.Empty(second);
        await app.DeliverMailAsync();
        await app.DeliverMailAsync();
        return first;
    }

    private Task<IReadOnlyList<string>> RunOnceAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<RunCallLifecycleJob>().RunAsync(CancellationToken.None));

    private List<string> Recipients(string subjectPart) =>
        app.Smtp.Messages.Where(m => (m.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal))
            .SelectMany(m => m.To.Mailboxes.Select(b => b.Address)).Order().ToList();
}
