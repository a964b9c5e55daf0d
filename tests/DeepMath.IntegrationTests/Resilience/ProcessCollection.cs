using DeepMath.Web.Infrastructure.Database;

namespace DeepMath.IntegrationTests.Resilience;

/// <summary>Tests that run the app as a separate process and kill it; one at a time, each on its own database.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection
{
    public const string Name = "app-process";

    /// <summary>A context on the test's database, outside any app, for setting up and checking rows.</summary>
    public static DeepMathDbContext Db(string connectionString) =>
        DatabaseExtensions.CreateContext(connectionString);

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(5);
        }
    }
}
