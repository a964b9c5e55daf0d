using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Accounts.CreateAdmin;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Accounts;

[Collection(AppCollection.Name)]
public sealed class AdminPagesTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Create_admin_makes_a_site_admin_who_sees_the_outbox_and_the_jobs_dashboard()
    {
        var outcome = await app.WithScopeAsync(s => s.GetRequiredService<CreateAdminHandler>().HandleAsync("root@example.org"));
        Assert.True(outcome.Value.Created);
        Assert.NotNull(outcome.Value.GeneratedPassword);
        var again = await app.WithScopeAsync(s => s.GetRequiredService<CreateAdminHandler>().HandleAsync("root@example.org"));
        Assert.False(again.Value.Created);
        Assert.Null(again.Value.GeneratedPassword);

        await app.CreateUserAsync("mallory@example.org");
        using var stranger = app.NewSession();
        var (anonymous, _) = await stranger.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, anonymous);
        await stranger.LoginAsync("mallory@example.org", TestData.Password);
        Assert.NotEqual(HttpStatusCode.OK, (await stranger.GetAsync("/admin/outbox")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await stranger.GetAsync("/hangfire")).Status);

        using var admin = app.NewSession();
        await admin.LoginAsync("root@example.org", outcome.Value.GeneratedPassword!);
        var (outboxStatus, outbox) = await admin.GetAsync("/admin/outbox");
        Assert.Equal(HttpStatusCode.OK, outboxStatus);
        Assert.Contains("data-testid=\"outbox\"", outbox);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).Status);
    }

    [Fact]
    public async Task Create_admin_refuses_a_malformed_address()
    {
        var outcome = await app.WithScopeAsync(s => s.GetRequiredService<CreateAdminHandler>().HandleAsync("not an address"));
        Assert.Contains("is not a valid e-mail address", Assert.Single(outcome.Messages));
    }
}
