using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Sessions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Accounts;

/// <summary>
/// The session check remembers an account's stamp for a while instead of reading it at every request, yet a sign-out
/// on one instance still ends a copy of the cookie on another at once: the change is announced at its commit.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SessionCacheTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_sign_out_on_one_instance_ends_a_remembered_session_on_another_long_before_the_memory_expires()
    {
        var user = await app.CreateUserAsync("grace@example.org");
        var jar = new CookieContainer();
        using var session = new WebSession(app.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar)));
        await session.LoginAsync("grace@example.org", TestData.Password);
        var cookie = jar.GetCookies(new Uri("http://localhost"))["deepmath.auth"] ?? throw new InvalidOperationException("No sign-in cookie.");
        using var copy = app.SecondInstance.CreateDefaultClient(new Uri("http://localhost"));
        copy.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        var stamps = app.SecondInstance.Services.GetRequiredService<SessionStamps>();

        // Once the second instance listens for changes, it remembers what it read: the next request reads nothing.
        await Eventually(async () =>
        {
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/account/manage")).StatusCode);
            return stamps.Find(user.Id) is not null;
        });

        using var signedOut = await session.PostFormAsync("/account/manage", "/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        // Forgotten by the notification, in far less than SessionStamps.Fresh.
        await Eventually(() => Task.FromResult(stamps.Find(user.Id) is null));
        using var refused = await copy.GetAsync("/account/manage");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task A_stamp_changed_in_the_database_without_ef_change_tracking_ends_a_remembered_session_at_once()
    {
        var user = await app.CreateUserAsync("ada@example.org");
        var jar = new CookieContainer();
        using var session = new WebSession(app.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar)));
        await session.LoginAsync("ada@example.org", TestData.Password);
        var cookie = jar.GetCookies(new Uri("http://localhost"))["deepmath.auth"] ?? throw new InvalidOperationException("No sign-in cookie.");
        using var copy = app.SecondInstance.CreateDefaultClient(new Uri("http://localhost"));
        copy.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        var stamps = app.SecondInstance.Services.GetRequiredService<SessionStamps>();
        await Eventually(async () =>
        {
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/account/manage")).StatusCode);
            return stamps.Find(user.Id) is not null;
        });

        // Past SaveChanges and its interceptor, as an operator ending a stolen session in psql would.
        await app.WithScopeAsync(services => services.GetRequiredService<DeepMathDbContext>().Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N"))));

        await Eventually(() => Task.FromResult(stamps.Find(user.Id) is null));
        using var refused = await copy.GetAsync("/account/manage");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task Signing_out_forgets_the_account_on_the_same_instance_before_the_answer()
    {
        var user = await app.CreateUserAsync("hedy@example.org");
        using var session = app.NewSession();
        await session.LoginAsync("hedy@example.org", TestData.Password);
        var stamps = app.Factory.Services.GetRequiredService<SessionStamps>();
        await Eventually(async () =>
        {
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/account/manage")).Status);
            return stamps.Find(user.Id) is not null;
        });

        using var signedOut = await session.PostFormAsync("/account/manage", "/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Null(stamps.Find(user.Id));
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 15 s.");
            await Task.Delay(50);
        }
    }
}
