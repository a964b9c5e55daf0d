using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeepMath.IntegrationTests.Accounts;

/// <summary>App instances keep no state of their own: a sign-in made on one is honoured by another on the same database.</summary>
[Collection(AppCollection.Name)]
public sealed partial class TwoInstancesTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_another()
    {
        await app.CreateUserAsync("ida@example.org", name: "Ida Instance");
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        using var first = app.Factory.CreateClient(options);
        var loginPage = await first.GetAsync("/account/login");
        var token = TokenPattern().Match(await loginPage.Content.ReadAsStringAsync()).Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "ida@example.org", ["Password"] = TestData.Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }),
        };
        post.Headers.Add("Cookie", Cookies(loginPage));
        var signedIn = await first.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var same = new HttpRequestMessage(HttpMethod.Get, "/account/manage");
        same.Headers.Add("Cookie", Cookies(signedIn));
        Assert.Equal(HttpStatusCode.OK, (await first.SendAsync(same)).StatusCode);

        var second = app.SecondInstance;
        using var other = second.CreateClient(options);
        // Both instances must agree on the time, as real servers do: the cookie carries its expiry.
        second.Services.GetRequiredService<Web.Infrastructure.Time.AdjustableClock>().Freeze(app.Clock.GetUtcNow());
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/manage");
        request.Headers.Add("Cookie", Cookies(signedIn));
        var response = await other.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ida Instance", await response.Content.ReadAsStringAsync());
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
