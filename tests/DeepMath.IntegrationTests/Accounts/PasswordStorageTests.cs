using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Accounts;

/// <summary>Passwords are stored with Argon2id; an account stored before that signs in as ever and is stored again.</summary>
[Collection(AppCollection.Name)]
public sealed class PasswordStorageTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_registration_stores_argon2id()
    {
        using var session = app.NewSession();
        using var registered = await session.RegisterOnlyAsync("Grace", "grace@example.org", "grace's own passphrase");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        Assert.StartsWith("$argon2id$v=19$m=7168,t=5,p=1$", await StoredHashAsync("grace@example.org"), StringComparison.Ordinal);
        using var signedIn = await session.LoginAsync("grace@example.org", "grace's own passphrase");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task An_account_stored_by_identitys_hasher_signs_in_and_is_stored_again_as_argon2id()
    {
        await app.CreateUserAsync("emmy@example.org");
        var identityHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), TestData.Password);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            return await db.Users.Where(u => u.Email == "emmy@example.org").ExecuteUpdateAsync(u => u.SetProperty(x => x.PasswordHash, identityHash));
        });

        using var wrong = app.NewSession();
        Assert.Equal(HttpStatusCode.OK, (await wrong.LoginAsync("emmy@example.org", "not the password")).StatusCode);
        Assert.Equal(identityHash, await StoredHashAsync("emmy@example.org"));

        using var session = app.NewSession();
        Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync("emmy@example.org", TestData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/account/manage")).Status);
        Assert.StartsWith("$argon2id$", await StoredHashAsync("emmy@example.org"), StringComparison.Ordinal);

        using var again = app.NewSession();
        Assert.Equal(HttpStatusCode.Redirect, (await again.LoginAsync("emmy@example.org", TestData.Password)).StatusCode);
    }

    private Task<string?> StoredHashAsync(string email) => app.WithScopeAsync(async services =>
        await services.GetRequiredService<DeepMathDbContext>().Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());
}
