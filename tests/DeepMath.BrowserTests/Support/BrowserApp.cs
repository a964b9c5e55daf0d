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
    public const int ResetsPerAccount = 2;

    public static readonly DateTimeOffset DemoNow = new(2025, 8, 20, 12, 0, 0, TimeSpan.Zero);

    private Factory? _factory;
    private IPlaywright? _playwright;

    public SmtpListener Smtp { get; } = new();

    public TestDatabase Database { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The app's clock, frozen at <see cref="DemoNow"/>; a test that moves it puts it back, since the tests share the app.</summary>
    public AdjustableClock Clock => _factory!.Services.GetRequiredService<AdjustableClock>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("browser");
        _factory = await StartServerAsync();
        Clock.Freeze(DemoNow);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchBrowserAsync();
    }

    /// <summary>
    /// A Chromium of its own with <paramref name="switches"/> on top of the usual ones (a fake camera, say), for the test
    /// that needs them; the caller disposes it. <see cref="Browser"/> is one of these without extra switches.
    /// </summary>
    public Task<IBrowser> LaunchBrowserAsync(params string[] switches) =>
        _playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", .. switches],
        });

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

    /// <summary>Runs <paramref name="action"/> with the app's own services, to arrange data or read what a page saved.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>
    /// Delivers the outbox as the Hangfire job would (the server is off, so nothing else sends), until
    /// a message to <paramref name="address"/> reaches the SMTP listener.
    /// </summary>
    public async Task<MimeKit.MimeMessage> WaitForMailAsync(string address)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var scope = _factory!.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DeliverOutboxJob>().RunAsync(CancellationToken.None);
            }
            if (Smtp.To(address).LastOrDefault() is { } message)
            {
                return message;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No e-mail reached {address} in 30 s; the listener holds {Smtp.Messages.Count} other message(s).");
            }
            await Task.Delay(200);
        }
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

    /// <summary>
    /// The mails must carry the server's real address, so the port is chosen before the start; another
    /// process may take it in between, hence a few tries.
    /// </summary>
    private async Task<Factory> StartServerAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            BaseUrl = $"http://127.0.0.1:{port}";
            var factory = new Factory(Database.ConnectionString, Smtp.Port, BaseUrl);
            // Exactly 127.0.0.1: UseKestrel(port) binds "localhost", which starts even when only [::1] is free.
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            try
            {
                factory.StartServer();
                return factory;
            }
            catch (IOException) when (attempt < 3)
            {
                await factory.DisposeAsync();
            }
        }
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

    private sealed class Factory(string connectionString, int smtpPort, string baseUrl) : WebApplicationFactory<global::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // Outside Development, MapStaticAssets only finds files a publish put in wwwroot (the
            // gzipped copies live in obj/): read the build's manifest, as Development does.
            builder.UseStaticWebAssets();
            builder.UseSetting("Demo:SeedOnStartup", "false");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("Jobs:RunServer", "false");
            builder.UseSetting("Jobs:ScheduleRecurring", "false");
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:TimeoutSeconds", "10");
            builder.UseSetting("Email:PublicBaseUrl", baseUrl);
            builder.UseSetting("Demo:CredentialsFile", Path.Combine(Path.GetTempPath(), $"deepmath-demo-logins-{Guid.NewGuid():N}.txt"));
            // Plain http on 127.0.0.1, and many sign-ins from one browser: no Secure cookies, high throttle limits.
            builder.UseSetting("WebSecurity:SecureCookies", "false");
            foreach (var limit in new[] { "SignInPerAddress", "SignInPerAccount", "RegistrationsPerAddress", "ResetsPerAddress" })
            {
                builder.UseSetting($"Throttle:{limit}", "1000000");
            }
            // Low enough for a test to meet the "try again" page: no other test asks for a reset.
            builder.UseSetting("Throttle:ResetsPerAccount", ResetsPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
