using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Events.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

/// <summary>Two Hangfire servers on one database, as two app instances would run them.</summary>
[Collection(AppCollection.Name)]
public sealed class TwoServersTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 7, 2, 0, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_lifecycle_job_enqueued_many_times_on_two_servers_mails_each_person_once()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var second = await app.CreateUserAsync("omar@example.org");
        await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id, second.Id]);

        var storage = app.Factory.Services.GetRequiredService<JobStorage>();
        var activator = new Hangfire.AspNetCore.AspNetCoreJobActivator(app.Factory.Services.GetRequiredService<IServiceScopeFactory>());
        var queue = $"test{Guid.NewGuid():N}"[..20];
        BackgroundJobServer Server(string name) => new(new BackgroundJobServerOptions
        {
            ServerName = name, WorkerCount = 2, Queues = [queue], Activator = activator, SchedulePollingInterval = TimeSpan.FromSeconds(1),
        }, storage);
        using (var first = Server("instance-a"))
        using (var other = Server("instance-b"))
        {
            var client = new BackgroundJobClient(storage);
            var ids = Enumerable.Range(0, 6)
                .Select(_ => client.Create<RunCallLifecycleJob>(j => j.RunAsync(CancellationToken.None), new Hangfire.States.EnqueuedState(queue)))
                .ToList();
            await WaitUntilAsync(() => ids.All(id => Finished(storage, id)), TimeSpan.FromSeconds(60));
        }
        await app.DeliverMailAsync();
        Assert.Single(app.Smtp.To("olga@example.org"));
        Assert.Single(app.Smtp.To("omar@example.org"));
        Assert.Equal(2, app.Smtp.Messages.Count);
    }

    private static bool Finished(JobStorage storage, string id)
    {
        using var connection = storage.GetConnection();
        var state = connection.GetStateData(id)?.Name;
        return state is "Succeeded" or "Failed" or "Deleted";
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The Hangfire servers did not finish the jobs in time.");
            await Task.Delay(200);
        }
    }
}
