using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
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
        using var remembered = await RememberedOnSecondInstanceAsync("grace@example.org");
        var (user, session, copy, stamps) = remembered;

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
        using var remembered = await RememberedOnSecondInstanceAsync("ada@example.org");
        var (user, _, copy, stamps) = remembered;

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

    /// <summary>
    /// An account signed in on the first instance, its cookie copied to a client of the second, and the second instance
    /// remembering the account's stamp (once it listens for changes, the next request there reads nothing).
    /// </summary>
    private async Task<Remembered> RememberedOnSecondInstanceAsync(string email)
    {
        var user = await app.CreateUserAsync(email);
        var jar = new CookieContainer();
        var session = new WebSession(app.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar)));
        await session.LoginAsync(email, TestData.Password);
        var cookie = jar.GetCookies(new Uri("http://localhost"))["deepmath.auth"] ?? throw new InvalidOperationException("No sign-in cookie.");
        var copy = app.SecondInstance.CreateDefaultClient(new Uri("http://localhost"));
        copy.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        var stamps = app.SecondInstance.Services.GetRequiredService<SessionStamps>();
        await Eventually(async () =>
        {
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/account/manage")).StatusCode);
            return stamps.Find(user.Id) is not null;
        });
        return new Remembered(user, session, copy, stamps);
    }

    private sealed record Remembered(AppUser User, WebSession Session, HttpClient Copy, SessionStamps Stamps) : IDisposable
    {
        public void Dispose()
        {
            Session.Dispose();
            Copy.Dispose();
        }
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
