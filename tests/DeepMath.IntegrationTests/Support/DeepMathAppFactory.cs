using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeepMath.IntegrationTests.Support;

/// <summary>
/// The real application (Program) on a real PostgreSQL database and a real SMTP listener. The
/// Hangfire server is off: tests run jobs themselves, or start servers of their own, so that they
/// decide when timed work happens.
/// </summary>
/// <param name="settings">Configuration on top of the test defaults, e.g. the S3 storage switch.</param>
public sealed class DeepMathAppFactory(string connectionString, int smtpPort, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:SeedOnStartup", "false");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Jobs:ScheduleRecurring", "false");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:TimeoutSeconds", "10");
        builder.UseSetting("Email:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Demo:CredentialsFile", Path.Combine(Path.GetTempPath(), $"deepmath-demo-logins-{Guid.NewGuid():N}.txt"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
