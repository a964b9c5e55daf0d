using DeepMath.IntegrationTests.Resilience;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Configuration;

/// <summary>A first start on an empty database is quiet (no error in the log) and says what it did; a second start says it had nothing to do.</summary>
[Collection(ProcessCollection.Name)]
public sealed class FirstStartTests
{
    [Fact]
    public async Task A_first_start_on_an_empty_database_logs_no_error_and_names_the_migrations_it_applied()
    {
        await using var database = await TestDatabase.CreateAsync("firststart");
        await using var smtp = new SmtpListener();
        var settings = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Information", ["Logging__Console__FormatterName"] = "simple" };
        await using (var first = new AppProcess(database.ConnectionString, smtp.Port, settings))
        {
            await first.StartAsync();
            var log = first.Log.ToList();
            Assert.DoesNotContain(log, line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
            Assert.Contains(log, line => line.Contains("Database: applied", StringComparison.Ordinal) && line.Contains("_Initial", StringComparison.Ordinal));
        }
        await using var second = new AppProcess(database.ConnectionString, smtp.Port, settings);
        await second.StartAsync();
        Assert.Contains(second.Log, line => line.Contains("Database: up to date.", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Log, line => line.StartsWith("fail:", StringComparison.Ordinal));
    }
}
