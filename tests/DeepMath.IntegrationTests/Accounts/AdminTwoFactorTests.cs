using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Accounts.CreateAdmin;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Accounts;

/// <summary>
/// Where admins need two factors (Production, and the strict test instance), a password-only session
/// of a site admin has none of the role's powers: not the admin pages, and not the event pages,
/// exports and submission pages the role opens.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AdminTwoFactorTests(AppFixture app) : IAsyncLifetime
{
    private const string AdminPassword = "an administrator's passphrase";

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_site_admin_signed_in_with_a_password_only_has_no_power_of_the_role()
    {
        var pages = await ArrangeAsync();
        await app.WithScopeAsync(s => s.GetRequiredService<CreateAdminHandler>().HandleAsync("root@example.org", AdminPassword));
        var key = await EnableAuthenticatorAsync("root@example.org");

        // The same account with a password only: two factors are on, so sign-in stops half way...
        using var halfway = app.NewStrictSession("10.0.7.1");
        using var first = await halfway.LoginAsync("root@example.org", AdminPassword);
        Assert.StartsWith("/account/login/2fa", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        foreach (var page in pages)
        {
            Assert.NotEqual(HttpStatusCode.OK, (await halfway.GetAsync(page)).Status);
        }

        // ...and completing it with the code opens every page of the role.
        using var second = await halfway.PostFormAsync(first.Headers.Location.OriginalString, "/account/login/2fa",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow), ["RememberMe"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        foreach (var page in pages)
        {
            Assert.True((await halfway.GetAsync(page)).Status == HttpStatusCode.OK, $"{page} is closed to an admin signed in with two factors.");
        }
    }

    [Fact]
    public async Task An_admin_without_two_factor_sees_the_event_pages_as_a_stranger_and_is_told_why_on_admin_pages()
    {
        var pages = await ArrangeAsync();
        await app.WithScopeAsync(s => s.GetRequiredService<CreateAdminHandler>().HandleAsync("root@example.org", AdminPassword));

        using var admin = app.NewStrictSession("10.0.7.2");
        using var signedIn = await admin.LoginAsync("root@example.org", AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        foreach (var page in pages)
        {
            var (status, _) = await admin.GetAsync(page);
            Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{page} answered {(int)status} to a password-only admin.");
        }
        var (_, home) = await admin.GetAsync("/");
        Assert.DoesNotContain("/admin/outbox", home);
        using var outbox = await admin.Client.GetAsync("/admin/outbox");
        Assert.Equal(HttpStatusCode.Redirect, outbox.StatusCode);
        var (_, denied) = await admin.GetAsync(outbox.Headers.Location!.PathAndQuery);
        Assert.Contains("data-testid=\"admin-needs-2fa\"", denied);

        // Where two factors are not required (the ordinary test host, like Development), the same sign-in is an admin's.
        using var relaxed = app.NewSession();
        await relaxed.LoginAsync("root@example.org", AdminPassword);
        foreach (var page in pages.Where(p => !p.StartsWith("/hangfire", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.OK, (await relaxed.GetAsync(page)).Status);
        }
    }

    /// <summary>An event with a submission whose page names its authors; the pages only the role opens.</summary>
    private async Task<string[]> ArrangeAsync()
    {
        var (ev, call) = await app.CreateEventAsync(zone: "UTC");
        var author = await app.CreateUserAsync("ada@example.org", name: "Ada Quill");
        var draft = await app.CreateDraftAsync(call.Id, author.Id, 1, "Saddle points");
        return [$"/events/{ev.Slug}/edit", $"/events/{ev.Slug}/outbox", $"/events/{ev.Slug}/organizers", $"/submissions/{draft.Id}", "/admin/outbox", "/admin/events/new", "/hangfire"];
    }

    private Task<string> EnableAuthenticatorAsync(string email) => app.WithScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        await users.ResetAuthenticatorKeyAsync(user!);
        await users.SetTwoFactorEnabledAsync(user!, true);
        return (await users.GetAuthenticatorKeyAsync(user!))!;
    });
}
