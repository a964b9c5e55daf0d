using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Program.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.ProgramPublic;

[Collection(AppCollection.Name)]
public sealed partial class StarsTests(AppFixture app) : IAsyncLifetime
{
    private const string Program = "/events/deepmath-2025/program";
    private static readonly DateTimeOffset _released = new(2025, 10, 20, 14, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 10, 21, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Starring_needs_a_signed_in_reader_and_the_antiforgery_token()
    {
        var seed = await ReleasedAsync();
        using var anonymous = app.NewSession();
        // A token from the sign-in form: the program page has no form for a visitor who is signed out.
        using var response = await anonymous.PostFormAsync("/account/login", $"{Program}/stars", Star(seed.TalksA, true));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login?ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"{Program}/mine")).Status);

        using var reader = await SignedInAsync("rita@example.org");
        using var forged = await reader.Client.PostAsync($"{Program}/stars", new FormUrlEncodedContent(Star(seed.TalksA, true)));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("You have not starred anything yet", (await reader.GetAsync($"{Program}/mine")).Html);
    }

    [Fact]
    public async Task A_reader_stars_a_session_and_an_item_and_gets_them_as_a_page_and_an_ics()
    {
        var seed = await ReleasedAsync();
        using var reader = await SignedInAsync("rita@example.org");

        using var starred = await reader.PostFormAsync(Program, $"{Program}/stars", Star(seed.TalksB, true, $"{Program}#day-1"));
        Assert.Equal(HttpStatusCode.Redirect, starred.StatusCode);
        Assert.Equal($"{Program}#day-1", starred.Headers.Location!.OriginalString);
        using var again = await reader.PostFormAsync(Program, $"{Program}/stars", Star(seed.TalksB, true));
        using var item = await reader.PostFormAsync(Program, $"{Program}/stars", Star(seed.Poster1, true, "https://evil.example.org/"));
        Assert.Equal(Program, item.Headers.Location!.OriginalString);

        var (_, page) = await reader.GetAsync($"{Program}/mine");
        Assert.Contains("Optimization", page);
        Assert.Contains("Neural tangent kernels on spheres", page);
        Assert.DoesNotContain("Approximation theory", page);
        Assert.Contains("★ Starred", (await reader.GetAsync(Program)).Html);

        var calendar = Ical.Net.Calendar.Load((await reader.GetAsync($"{Program}/mine/calendar.ics")).Html)!;
        var eventId = await EventIdAsync();
        Assert.Equal([ProgramCalendar.ItemUid(eventId, seed.Poster1), ProgramCalendar.SessionUid(eventId, seed.TalksB)],
            calendar.Events.Select(e => e.Uid).Order(StringComparer.Ordinal));

        using var unstar = await reader.PostFormAsync(Program, $"{Program}/stars", Star(seed.TalksB, false));
        var (_, after) = await reader.GetAsync($"{Program}/mine");
        Assert.DoesNotContain($"{Program}/sessions/{seed.TalksB}\"", after);
        Assert.Contains($"{Program}/items/{seed.Poster1}\"", after);
    }

    [Fact]
    public async Task The_subscription_link_works_without_signing_in_until_renewed_and_shows_only_its_owners_stars()
    {
        var seed = await ReleasedAsync();
        using var rita = await SignedInAsync("rita@example.org");
        using var sam = await SignedInAsync("sam@example.org");
        using var _r = await rita.PostFormAsync(Program, $"{Program}/stars", Star(seed.TalksA, true));
        using var _s = await sam.PostFormAsync(Program, $"{Program}/stars", Star(seed.Invited, true));

        var ritaLink = await NewLinkAsync(rita);
        var samLink = await NewLinkAsync(sam);
        Assert.NotEqual(ritaLink, samLink);
        Assert.Contains("You made a link on", (await rita.GetAsync($"{Program}/mine")).Html);
        Assert.DoesNotContain(ritaLink, (await rita.GetAsync($"{Program}/mine")).Html);

        using var calendarApp = app.NewSession();
        var (status, ics) = await calendarApp.GetAsync(ritaLink);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Approximation theory"], Ical.Net.Calendar.Load(ics)!.Events.Select(e => e.Summary));
        Assert.Equal(["Invited talk"], Ical.Net.Calendar.Load((await calendarApp.GetAsync(samLink)).Html)!.Events.Select(e => e.Summary));

        var renewed = await NewLinkAsync(rita);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(ritaLink)).Status);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(renewed)).Status);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(samLink)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync($"{Program}/mine/not-a-token/calendar.ics")).Status);

        using var stop = await rita.PostFormAsync($"{Program}/mine", $"{Program}/mine/link/stop", new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(renewed)).Status);

        // Only a fingerprint is stored: the secret itself is nowhere in the table.
        var secret = renewed.Split('/')[^2];
        var stored = await app.WithScopeAsync(services => Task.FromResult(
            services.GetRequiredService<Web.Infrastructure.Database.DeepMathDbContext>().ScheduleTokens.Select(t => t.TokenHash).ToList()));
        Assert.DoesNotContain(secret, stored);
    }

    private async Task<string> NewLinkAsync(WebSession session)
    {
        using var response = await session.PostFormAsync($"{Program}/mine", $"{Program}/mine/link", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await session.GetAsync($"{Program}/mine");
        var link = LinkPattern().Match(page);
        Assert.True(link.Success, "the page shows the new link once");
        return new Uri(WebUtility.HtmlDecode(link.Groups[1].Value)).PathAndQuery;
    }

    private async Task<ReleaseSeed> ReleasedAsync()
    {
        var seed = await ReleaseSeed.CreateAsync(app, "abstract text");
        await seed.ReleaseAsync(app, 1, seed.Snapshot(), _released);
        return seed;
    }

    private async Task<WebSession> SignedInAsync(string email)
    {
        await app.CreateUserAsync(email);
        var session = app.NewSession();
        using var login = await session.LoginAsync(email, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return session;
    }

    private static Dictionary<string, string> Star(Guid target, bool star, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["TargetId"] = target.ToString(), ["Star"] = star ? "true" : "false" };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }
        return fields;
    }

    private Task<Guid> EventIdAsync() => app.WithScopeAsync(services => Task.FromResult(
        services.GetRequiredService<Web.Infrastructure.Database.DeepMathDbContext>().Events.Single(e => e.Slug == "deepmath-2025").Id));

    [GeneratedRegex("value=\"([^\"]+)\" data-testid=\"schedule-link\"")]
    private static partial Regex LinkPattern();
}
