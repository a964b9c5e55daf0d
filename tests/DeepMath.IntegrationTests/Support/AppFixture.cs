using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email.Jobs;
using DeepMath.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeepMath.IntegrationTests.Support;

/// <summary>
/// One running application for the whole collection, on its own database, with an SMTP listener.
/// Each test starts from empty tables (<see cref="TableReset"/>) and a clock it sets itself.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private TableReset? _tables;
    private DeepMathAppFactory? _second;
    private DeepMathAppFactory? _s3;
    private DeepMathAppFactory? _strict;

    public SmtpListener Smtp { get; } = new();

    public TestDatabase Database { get; private set; } = null!;

    public DeepMathAppFactory Factory { get; private set; } = null!;

    /// <summary>
    /// A second app instance on the same database, for tests of statelessness. It lives as long as the
    /// first: Hangfire binds process-wide statics (its logger) to the last instance configured.
    /// </summary>
    public DeepMathAppFactory SecondInstance => _second ??= new DeepMathAppFactory(Database.ConnectionString, Smtp.Port);

    /// <summary>
    /// An app instance on the same database that keeps PDFs in the S3 emulator that scripts/test.sh starts
    /// (DEEPMATH_TEST_S3_URL), under a prefix of its own. Lives as long as the first, like <see cref="SecondInstance"/>.
    /// </summary>
    public DeepMathAppFactory S3Instance => _s3 ??= new DeepMathAppFactory(Database.ConnectionString, Smtp.Port, S3Emulator.Settings());

    /// <summary>
    /// An instance configured as Production is: site admins need two factors, cookies are Secure (its
    /// sessions speak https), and the throttle has low limits. Its clients choose their client address
    /// (see <see cref="NewStrictSession"/>), so that tests do not share a throttle's count.
    /// </summary>
    public DeepMathAppFactory StrictInstance => _strict ??= new DeepMathAppFactory(Database.ConnectionString, Smtp.Port, new Dictionary<string, string>
    {
        ["Accounts:AdminsNeedTwoFactor"] = "true",
        ["WebSecurity:SecureCookies"] = "true",
        ["Throttle:SignInPerAddress"] = StrictSignInsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Throttle:SignInPerAccount"] = StrictSignInsPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Throttle:RegistrationsPerAddress"] = "3",
        ["Throttle:ResetsPerAddress"] = "3",
        ["Throttle:ResetsPerAccount"] = "2",
        ["Throttle:WindowMinutes"] = "15",
    });

    public const int StrictSignInsPerAddress = 6;
    public const int StrictSignInsPerAccount = 3;

    public AdjustableClock Clock => Factory.Services.GetRequiredService<AdjustableClock>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("it");
        Factory = new DeepMathAppFactory(Database.ConnectionString, Smtp.Port);
        _ = Factory.Server; // starts the app, which applies the migrations
        // Hangfire keeps process-wide statics bound to the first service provider that touches them:
        // bind them to this long-lived app, not to a short-lived second instance a test may start.
        _ = Factory.Services.GetRequiredService<Hangfire.IBackgroundJobClient>();
        _ = Hangfire.Common.JobFilterProviders.Providers;
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        _tables = await TableReset.CreateAsync(connection,
            [Schemas.Accounts, Schemas.Events, Schemas.Submissions, Schemas.Reviewing, Schemas.Decisions, Schemas.Registration, Schemas.Program, Schemas.Organisations, Schemas.Infrastructure],
            ["__ef_migrations", "data_protection_keys"]);
    }

    /// <summary>Empties every module's tables and the SMTP listener, and puts the clock at <paramref name="now"/>.</summary>
    public async Task ResetAsync(DateTimeOffset? now = null)
    {
        await using (var connection = new NpgsqlConnection(Database.ConnectionString))
        {
            await connection.OpenAsync();
            await _tables!.ResetAsync(connection);
        }
        Smtp.Clear();
        Smtp.RefuseNext(0);
        Clock.Freeze(now ?? new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));
        _strict?.Services.GetRequiredService<AdjustableClock>().Freeze(Clock.GetUtcNow());
    }

    public WebSession NewSession() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A visitor of <see cref="StrictInstance"/> over https, whose requests come from <paramref name="clientAddress"/>.</summary>
    public WebSession NewStrictSession(string clientAddress)
    {
        StrictInstance.Services.GetRequiredService<AdjustableClock>().Freeze(Clock.GetUtcNow());
        var client = StrictInstance.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        });
        client.DefaultRequestHeaders.Add(DeepMathAppFactory.ClientAddressHeader, clientAddress);
        return new WebSession(client);
    }

    /// <summary>Runs the outbox delivery job as Hangfire would, and returns how many messages it sent.</summary>
    public async Task<int> DeliverMailAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeliverOutboxJob>().RunAsync(CancellationToken.None);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
        if (_s3 is not null)
        {
            await _s3.DisposeAsync();
        }
        if (_strict is not null)
        {
            await _strict.DisposeAsync();
        }
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
