using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeepMath.IntegrationTests.Registration;

/// <summary>
/// Many signed-in visitors for the race tests. Hashing 2,000 passwords would take minutes, so the
/// accounts have none: each visitor's sign-in cookie is issued with the app's own cookie format and
/// keys (what the login page would set). Everything after that goes through the whole HTTP
/// pipeline: authentication, antiforgery (each visitor opens the form first), MVC, the database.
/// </summary>
public sealed partial class RaceClients : IDisposable
{
    private readonly HttpClient _client;

    private RaceClients(HttpClient client, IReadOnlyList<Visitor> visitors)
    {
        _client = client;
        Visitors = visitors;
    }

    public IReadOnlyList<Visitor> Visitors { get; }

    public sealed record Visitor(string UserId, string Email, string Cookies, string Token);

    public static async Task<RaceClients> CreateAsync(AppFixture app, int count, string formPage)
    {
        var users = Enumerable.Range(0, count).Select(i => new AppUser
        {
            UserName = $"racer{i}@example.org", NormalizedUserName = $"RACER{i}@EXAMPLE.ORG", Email = $"racer{i}@example.org",
            NormalizedEmail = $"RACER{i}@EXAMPLE.ORG", EmailConfirmed = true, DisplayName = $"Racer {i}", SecurityStamp = Guid.NewGuid().ToString("N"),
        }).ToList();
        var cookies = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            db.Users.AddRange(users);
            await db.SaveChangesAsync();
            var principals = services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
            var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
            var list = new List<string>(count);
            foreach (var user in users)
            {
                var principal = await principals.CreateAsync(user);
                // Issued now by the real clock, as the login page issues it (sessions run on real time, not the demo's
                // clock): a cookie dated by the frozen test clock would look a year old and be fully revalidated and
                // re-issued at every request, which no browser fresh from signing in costs the app.
                var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = TimeProvider.System.GetUtcNow() }, IdentityConstants.ApplicationScheme);
                list.Add($"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}");
            }
            return list;
        });
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var visitors = new Visitor[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, formPage);
            request.Headers.Add("Cookie", cookies[i]);
            using var response = await client.SendAsync(request, ct);
            var html = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {formPage} answered {(int)response.StatusCode} for visitor {i}.");
            }
            var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
            var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
            visitors[i] = new Visitor(users[i].Id, users[i].Email!, $"{cookies[i]}; {antiforgery}", token);
        });
        return new RaceClients(client, visitors);
    }

    public async Task<HttpResponseMessage> PostAsync(Visitor visitor, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", visitor.Token))),
        };
        request.Headers.Add("Cookie", visitor.Cookies);
        return await _client.SendAsync(request);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
