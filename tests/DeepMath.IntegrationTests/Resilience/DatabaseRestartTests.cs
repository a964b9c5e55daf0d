using DeepMath.IntegrationTests.Support;
using Npgsql;

namespace DeepMath.IntegrationTests.Resilience;

/// <summary>
/// The database goes away in the middle of a delivery, the way a PostgreSQL restart looks to the app: every
/// session of its database is ended and new ones are refused for a few seconds. Messages the server accepted
/// while their "sent" could not be recorded are not sent again, and delivery resumes within seconds of the
/// database coming back, without restarting the app. The shared test server is not restarted (other tests use
/// it): the app's own database is closed and its sessions ended, which is what a restart does to the app.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class DatabaseRestartTests
{
    private const int Count = 500;

    [Fact]
    public async Task When_the_database_restarts_mid_delivery_mail_resumes_within_10_s_of_its_return_and_nothing_is_sent_twice()
    {
        await using var database = await TestDatabase.CreateAsync("pgrestart");
        await using var smtp = new SmtpListener();
        await using var app = new AppProcess(database.ConnectionString, smtp.Port);
        await app.StartAsync();

        await ProcessCollection.QueueAndStartDeliveryAsync(database.ConnectionString, smtp, "pgrestart", Count);

        await SetAvailableAsync(database.Name, false);
        await Task.Delay(TimeSpan.FromSeconds(3)); // down: every attempt to reconnect is refused
        var whileDown = smtp.Messages.Count;
        await SetAvailableAsync(database.Name, true);
        NpgsqlConnection.ClearAllPools(); // this test's own pooled sessions were ended too
        var back = DateTime.UtcNow;
        Assert.True(whileDown < Count, $"All {whileDown} were delivered before the database went away; the test needs a slower batch.");

        await ProcessCollection.WaitUntilAsync(() => smtp.Messages.Count > whileDown, TimeSpan.FromSeconds(30), "delivery resumes");
        var resumedAfter = DateTime.UtcNow - back;
        Assert.True(resumedAfter < TimeSpan.FromSeconds(10), $"Delivery resumed {resumedAfter.TotalSeconds:0.0} s after the database came back.");

        await ProcessCollection.AssertEachDeliveredOnceAsync(database.ConnectionString, smtp, Count);
        Assert.Equal(200, (int)(await app.NewClient().GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>Closes the database to new sessions and ends the open ones (as a restart does), or opens it again.</summary>
    private static async Task SetAvailableAsync(string name, bool available)
    {
        var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("DEEPMATH_TEST_CONNECTION")) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using (var allow = new NpgsqlCommand($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS {(available ? "true" : "false")}", connection))
        {
            await allow.ExecuteNonQueryAsync();
        }
        if (!available)
        {
            await using var end = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
            end.Parameters.AddWithValue("name", name);
            await end.ExecuteScalarAsync();
        }
    }
}
