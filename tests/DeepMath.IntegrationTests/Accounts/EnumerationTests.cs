using System.Diagnostics;
using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Accounts.Login;
using DeepMath.Web.Modules.Accounts.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeepMath.IntegrationTests.Accounts;

/// <summary>Nothing a visitor sees, or how long it takes, tells an address that has an account from one that has none.</summary>
[Collection(AppCollection.Name)]
public sealed class EnumerationTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registering_a_taken_address_answers_like_a_new_one_and_mails_the_owner()
    {
        await app.CreateUserAsync("taken@example.org", name: "Tabitha Owner");

        using var taker = app.NewSession();
        using var taken = await taker.RegisterOnlyAsync("Mallory", "taken@example.org", "mallory's own password");
        using var newcomer = app.NewSession();
        using var fresh = await newcomer.RegisterOnlyAsync("Nina", "nina@example.org", "nina's own password");

        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        Assert.Equal(fresh.Headers.Contains("Set-Cookie"), taken.Headers.Contains("Set-Cookie"));
        var (_, takenPage) = await taker.GetAsync(taken.Headers.Location!.OriginalString);
        var (_, freshPage) = await newcomer.GetAsync(fresh.Headers.Location!.OriginalString);
        Assert.Equal(MainOf(freshPage), MainOf(takenPage));
        // Neither is signed in by registering.
        Assert.Equal(HttpStatusCode.Redirect, (await taker.GetAsync("/account/manage")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.GetAsync("/account/manage")).Status);

        await app.DeliverMailAsync();
        var warning = Assert.Single(app.Smtp.To("taken@example.org"));
        Assert.Equal("DeepMath: someone tried to register your address", warning.Subject);
        Assert.Contains("Tabitha Owner", warning.TextBody);
        Assert.Equal("DeepMath: confirm your e-mail address", Assert.Single(app.Smtp.To("nina@example.org")).Subject);
        // The owner's password is untouched.
        using var owner = app.NewSession();
        Assert.Equal(HttpStatusCode.Redirect, (await owner.LoginAsync("taken@example.org", TestData.Password)).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_with_an_unknown_address_takes_as_long_as_one_with_a_wrong_password()
    {
        await app.CreateUserAsync("known@example.org");
        using var session = app.NewSession();
        // Warm both paths up once (compilation, connection pool), then time them alternately.
        await session.LoginAsync("known@example.org", "wrong password 0");
        await session.LoginAsync("unknown@example.org", "wrong password 0");
        var known = new List<double>();
        var unknown = new List<double>();
        // Five of each, alternating, and the fastest of each compared: the suite runs its three projects side by side on
        // two cores, and their bursts only ever add time to a sample.
        for (var i = 1; i <= 5; i++)
        {
            known.Add(await TimeAsync(() => session.LoginAsync("known@example.org", "wrong password " + i)));
            unknown.Add(await TimeAsync(() => session.LoginAsync("unknown@example.org", "wrong password " + i)));
        }
        var knownFastest = known.Min();
        var unknownFastest = unknown.Min();
        var floor = Floor.TotalMilliseconds;
        // What follows the hash differs (a wrong password for an account writes its failed-attempt count; on a busy
        // machine that write alone took 65 ms), so every refusal answers no sooner than the floor after it began.
        Assert.True(knownFastest >= floor && unknownFastest >= floor,
            $"a refusal answered before the {floor} ms floor: known {knownFastest:0.0} ms, unknown {unknownFastest:0.0} ms");
        // Checking a password (PBKDF2) is most of a refused sign-in; without the dummy hash an unknown
        // address answered in a small fraction of the time.
        Assert.True(unknownFastest > knownFastest * 0.6, $"unknown address {unknownFastest:0.0} ms, known {knownFastest:0.0} ms");
    }

    [Fact]
    public async Task Reset_requests_and_registrations_answer_no_sooner_than_the_floor_for_any_address()
    {
        await app.CreateUserAsync("resets@example.org");
        using var session = app.NewSession();
        foreach (var email in new[] { "resets@example.org", "no-account@example.org" })
        {
            var took = await TimeAsync(() => session.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email }));
            Assert.True(took >= Floor.TotalMilliseconds, $"the reset request for {email} answered in {took:0.0} ms");
        }
        foreach (var email in new[] { "resets@example.org", "new-account@example.org" })
        {
            using var visitor = app.NewSession();
            var took = await TimeAsync(() => visitor.RegisterOnlyAsync("Visitor", email, "a visitor's own password"));
            Assert.True(took >= Floor.TotalMilliseconds, $"registering {email} answered in {took:0.0} ms");
        }
    }

    [Fact]
    public async Task Every_refused_sign_in_checks_one_password_the_locking_attempt_and_a_locked_account_included()
    {
        await app.CreateUserAsync("counted@example.org");
        var hasher = app.Factory.Services.GetRequiredService<CountingPasswordHasher>();
        using var session = app.NewSession();
        // Five wrong passwords lock the account; the fifth was checked, so it must not also spend the dummy hash.
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var before = hasher.Verifications;
            using var known = await session.LoginAsync("counted@example.org", "wrong " + attempt);
            Assert.True(hasher.Verifications - before == 1, $"attempt {attempt} checked {hasher.Verifications - before} passwords");
        }

        var beforeUnknown = hasher.Verifications;
        using var unknown = await session.LoginAsync("nobody-here@example.org", "wrong");
        Assert.Equal(1, hasher.Verifications - beforeUnknown);
    }

    [Fact]
    public async Task A_locked_account_gets_the_same_message_as_an_address_without_an_account()
    {
        await app.CreateUserAsync("locked@example.org");
        using var session = app.NewSession();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            using var _ = await session.LoginAsync("locked@example.org", "wrong " + attempt);
        }
        using var locked = await session.LoginAsync("locked@example.org", TestData.Password);
        using var missing = await session.LoginAsync("missing@example.org", TestData.Password);
        Assert.Equal(missing.StatusCode, locked.StatusCode);
        Assert.Equal(MainOf(await missing.Content.ReadAsStringAsync()).Replace("missing@", "X@", StringComparison.Ordinal),
            MainOf(await locked.Content.ReadAsStringAsync()).Replace("locked@", "X@", StringComparison.Ordinal));
        Assert.Contains(WebUtility.HtmlEncode(LoginController.InvalidMessage), await locked.Content.ReadAsStringAsync());
    }

    private TimeSpan Floor => app.Factory.Services.GetRequiredService<IOptions<ThrottleOptions>>().Value.AnswerFloor;

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> action)
    {
        var watch = Stopwatch.StartNew();
        using var _ = await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The page's main element, without the antiforgery token (new on every page).</summary>
    private static string MainOf(string html)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        return System.Text.RegularExpressions.Regex.Replace(main, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "TOKEN");
    }
}
