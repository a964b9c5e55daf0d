using DeepMath.IntegrationTests.Support;
using Microsoft.Extensions.Options;

namespace DeepMath.IntegrationTests.Configuration;

/// <summary>
/// The real app refuses to start on a wrong setting, nested sections included, with a message naming the
/// setting as it is configured, and before it touches the database (the connection string here leads nowhere).
/// </summary>
public sealed class StartupValidationTests
{
    private const string NoDatabase = "Host=127.0.0.1;Port=1;Database=never_reached;Username=nobody;Password=none";

    [Theory]
    [InlineData("Smtp:Port", "0", "Smtp:Port must be between 1 and 65535")]
    [InlineData("Jobs:WorkerCount", "-5", "Jobs:WorkerCount must be between 1 and 20")]
    [InlineData("Email:Delivery:BatchSize", "0", "Email:Delivery:BatchSize must be between 1 and 500")]
    [InlineData("Storage:S3:Prefix", "", "The Storage:S3:Prefix field is required")]
    [InlineData("Admin:Email", "not-an-address", "Admin:Email is not an e-mail address")]
    [InlineData("Instance:Name", "two words", "Instance:Name must be 1 to 64 printable ASCII characters")]
    public void A_wrong_setting_stops_the_app_at_start_naming_it(string key, string value, string message)
    {
        using var factory = new DeepMathAppFactory(NoDatabase, 2525, new Dictionary<string, string> { [key] = value });

        var refused = Assert.ThrowsAny<Exception>(() => factory.Server);

        var validation = Find<OptionsValidationException>(refused);
        Assert.Contains(message, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_that_does_not_convert_stops_the_app_at_start_too()
    {
        using var factory = new DeepMathAppFactory(NoDatabase, 2525, new Dictionary<string, string> { ["Accounts:AdminsNeedTwoFactor"] = "maybe" });

        var refused = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("AdminsNeedTwoFactor", Find<InvalidOperationException>(refused).Message, StringComparison.Ordinal);
    }

    private static T Find<T>(Exception thrown) where T : Exception
    {
        for (Exception? e = thrown; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault() is { } inner)
            {
                return inner;
            }
        }
        throw new Xunit.Sdk.XunitException($"No {typeof(T).Name} in: {thrown}");
    }
}
