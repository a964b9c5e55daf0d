using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Support;

/// <summary>
/// The real application (Program) on a real PostgreSQL database and a real SMTP listener. The
/// Hangfire server is off: tests run jobs themselves, or start servers of their own, so that they
/// decide when timed work happens. Tests sign in a great deal from one client, so the sign-in
/// throttle's limits are high unless <paramref name="settings"/> say otherwise; cookies are not
/// Secure, since the test client speaks plain http (the strict instance checks Secure cookies).
/// </summary>
/// <param name="settings">Configuration on top of the test defaults, e.g. the S3 storage switch.</param>
public sealed class DeepMathAppFactory(string connectionString, int smtpPort, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<global::Program>
{
    /// <summary>A test sets the client address of its requests with this header (the test server has no real connection).</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

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
        builder.UseSetting("WebSecurity:SecureCookies", "false");
        foreach (var limit in new[] { "SignInPerAddress", "SignInPerAccount", "RegistrationsPerAddress", "ResetsPerAddress", "ResetsPerAccount" })
        {
            builder.UseSetting($"Throttle:{limit}", "1000000");
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<CountingPasswordHasher>();
            services.AddSingleton<IPasswordHasher<AppUser>>(provider => provider.GetRequiredService<CountingPasswordHasher>());
        });
    }

    /// <summary>Gives each request the client address a test chose, before the application's pipeline sees it.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var address) && IPAddress.TryParse(address, out var ip))
                {
                    context.Connection.RemoteIpAddress = ip;
                }
                await nextMiddleware();
            });
            next(app);
        };
    }
}
