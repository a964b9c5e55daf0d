using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Resilience;

/// <summary>
/// kill -9 of the app in the middle of delivering a batch, then a restart: delivery resumes within seconds
/// (no lock left behind by the dead process to wait for), every message arrives, and none twice, even the
/// ones the server accepted in the instant before the process died.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class MailRecoveryTests
{
    private const int Count = 500;

    [Fact]
    public async Task After_sigkill_mid_delivery_the_restarted_app_resumes_within_10_s_and_sends_each_message_once()
    {
        await using var database = await TestDatabase.CreateAsync("recovery");
        await using var smtp = new SmtpListener();
        await using var app = new AppProcess(database.ConnectionString, smtp.Port);
        await app.StartAsync();

        await ProcessCollection.QueueAndStartDeliveryAsync(database.ConnectionString, smtp, "recovery", Count);
        app.Kill();
        await Task.Delay(300); // what was on the wire has landed
        var atKill = smtp.Messages.Count;
        Assert.True(atKill < Count, $"All {atKill} were delivered before the kill; the test needs a slower batch.");

        await app.StartAsync();
        await ProcessCollection.WaitUntilAsync(() => smtp.Messages.Count > atKill, TimeSpan.FromSeconds(30), "delivery resumes");
        // Counted from the moment the restarted app answers: what its own start-up costs depends on the machine's load.
        var resumedAfter = DateTime.UtcNow - app.LiveAt;
        Assert.True(resumedAfter < TimeSpan.FromSeconds(10),
            $"Delivery resumed {resumedAfter.TotalSeconds:0.0} s after the restarted app answered ({(app.LiveAt - app.StartedAt).TotalSeconds:0.0} s after its start).");

        await ProcessCollection.AssertEachDeliveredOnceAsync(database.ConnectionString, smtp, Count);
    }
}
