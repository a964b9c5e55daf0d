using System.Net;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Accounts;

/// <summary>
/// Sign-in, registration and password-reset attempts are limited per client address and per account,
/// on the strict instance's low limits (the ordinary test host's limits are high).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ThrottleTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sign_ins_to_one_account_from_many_addresses_meet_the_account_limit_with_a_try_again_page()
    {
        await app.CreateUserAsync("target@example.org");
        for (var attempt = 1; attempt <= AppFixture.StrictSignInsPerAccount; attempt++)
        {
            using var guesser = app.NewStrictSession($"10.1.0.{attempt}");
            using var wrong = await guesser.LoginAsync("target@example.org", "guess number " + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var next = app.NewStrictSession("10.1.0.99");
        using var refused = await next.LoginAsync("target@example.org", TestData.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Too many attempts", html);
        Assert.Contains("try again in 15 minutes", html);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalMinutes: > 14 and <= 15 }, $"Retry-After: {refused.Headers.RetryAfter}");
        // Another account from the same address is not affected.
        await app.CreateUserAsync("other@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await next.LoginAsync("other@example.org", TestData.Password)).StatusCode);
    }

    [Fact]
    public async Task An_address_without_an_account_is_limited_exactly_like_one_with_an_account()
    {
        for (var attempt = 1; attempt <= AppFixture.StrictSignInsPerAccount; attempt++)
        {
            using var guesser = app.NewStrictSession($"10.2.0.{attempt}");
            Assert.Equal(HttpStatusCode.OK, (await guesser.LoginAsync("nobody@example.org", "guess")).StatusCode);
        }
        using var next = app.NewStrictSession("10.2.0.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await next.LoginAsync("nobody@example.org", "guess")).StatusCode);
    }

    [Fact]
    public async Task One_address_trying_many_accounts_meets_the_address_limit_whatever_it_forwards()
    {
        using var guesser = app.NewStrictSession("10.3.0.1");
        for (var attempt = 1; attempt <= AppFixture.StrictSignInsPerAddress; attempt++)
        {
            // No proxy is configured: a forwarded address is not believed, so it cannot spread the count.
            guesser.Client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            guesser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{attempt}");
            Assert.Equal(HttpStatusCode.OK, (await guesser.LoginAsync($"user{attempt}@example.org", "guess")).StatusCode);
        }
        using var refused = await guesser.LoginAsync("user-last@example.org", "guess");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("try again in", await refused.Content.ReadAsStringAsync());

        // Viewing the sign-in page is not an attempt, and another address is not affected.
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/account/login")).Status);
        using var neighbour = app.NewStrictSession("10.3.0.2");
        Assert.Equal(HttpStatusCode.OK, (await neighbour.LoginAsync("user-last@example.org", "guess")).StatusCode);
    }

    [Fact]
    public async Task Registrations_and_reset_requests_are_limited_too()
    {
        using var registrar = app.NewStrictSession("10.4.0.1");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await registrar.RegisterOnlyAsync("Many", $"many{attempt}@example.org", TestData.Password)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await registrar.RegisterOnlyAsync("Many", "many4@example.org", TestData.Password)).StatusCode);

        // Reset mails to one account: two, then the account's limit, whatever the address asking.
        await app.CreateUserAsync("reset@example.org");
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            using var asker = app.NewStrictSession($"10.5.0.{attempt}");
            using var asked = await asker.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "reset@example.org" });
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }
        using var third = app.NewStrictSession("10.5.0.3");
        using var refused = await third.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "reset@example.org" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("try again in", await refused.Content.ReadAsStringAsync());
    }
}
