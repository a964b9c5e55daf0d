using System.Net;
using System.Net.Sockets;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Infrastructure.Email.Jobs;
using DeepMath.Web.Infrastructure.Time;
using DeepMath.Web.Modules.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Support;

/// <summary>
/// The real application on a real Kestrel port, with the DeepMath 2025 demo seeded, a real SMTP
/// listener, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public static readonly DateTimeOffset DemoNow = new(2025, 8, 20, 12, 0, 0, TimeSpan.Zero);

    private Factory? _factory;
    private IPlaywright? _playwright;

    public SmtpListener Smtp { get; } = new();

    public TestDatabase Database { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("browser");
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _factory = new Factory(Database.ConnectionString, Smtp.Port, BaseUrl);
        _factory.UseKestrel(port);
        _factory.StartServer();
        _factory.Services.GetRequiredService<AdjustableClock>().Freeze(DemoNow);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, JavaScriptEnabled = javaScript });
        // CI runs the test projects side by side on two cores: give pages time.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Creates an account with a confirmed e-mail address through the app's own UserManager.</summary>
    public async Task CreateConfirmedUserAsync(string email, string name, string password)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = DemoNow };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>Delivers the outbox as the Hangfire job would, until a message to <paramref name="address"/> arrives.</summary>
    public async Task<MimeKit.MimeMessage> WaitForMailAsync(string address)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using (var scope = _factory!.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DeliverOutboxJob>().RunAsync(CancellationToken.None);
            }
            if (Smtp.To(address).LastOrDefault() is { } message)
            {
                return message;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No e-mail reached {address}.");
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DeepMath.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("DeepMath.sln not found above " + AppContext.BaseDirectory);
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("DEEPMATH_CHROMIUM") ?? "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Chromium was not found at {path}. Run the tests with ./scripts/test.sh, which installs Debian's chromium and sets DEEPMATH_CHROMIUM.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class Factory(string connectionString, int smtpPort, string baseUrl) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Development, as ./scripts/run.sh serves the demo: static web assets are served from the project.
            builder.UseEnvironment("Development");
            builder.UseSetting("Demo:SeedOnStartup", "false");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("Jobs:RunServer", "false");
            builder.UseSetting("Jobs:ScheduleRecurring", "false");
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:PublicBaseUrl", baseUrl);
            builder.UseSetting("Demo:CredentialsFile", Path.Combine(Path.GetTempPath(), $"deepmath-demo-logins-{Guid.NewGuid():N}.txt"));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
