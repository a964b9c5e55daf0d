using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>A reviewer's profile per call: refused with a message for each bad field, saved when right.</summary>
[Collection(AppCollection.Name)]
public sealed class ProfileTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Bad_input_is_refused_with_messages_and_good_input_is_saved()
    {
        var user = await app.CreateUserAsync("rita@uni-a.edu");
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var reviewer = await app.AddReviewerAsync(call.Id, user.Id);
        var page = $"/calls/{call.Id}/reviewing/profile";
        using var rita = await app.SignedInAsync("rita@uni-a.edu");

        using var bad = await rita.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Topics"] = "Astrology", ["MaxLoad"] = "lots", ["EmailDomains"] = "gmail.com\nnot a domain",
            ["DeclaredPeople"] = "ada at elsewhere", ["Affiliations"] = new string('x', 301),
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("\"Astrology\" is not one of them", html);
        Assert.Contains("\"lots\" is not", html);
        Assert.Contains("gmail.com is a public mail service", html);
        Assert.Contains("\"not a domain\" is not an e-mail domain", html);
        Assert.Contains("\"ada at elsewhere\" is not an e-mail address", html);
        Assert.Contains("fits in 300 characters", html);
        Assert.Contains("ada at elsewhere", html); // what was typed is kept

        using var missingLoad = await rita.PostFormAsync(page, new Dictionary<string, string> { ["Topics"] = "Optimization" });
        Assert.Contains("Say how many submissions you can review", WebUtility.HtmlDecode(await missingLoad.Content.ReadAsStringAsync()));

        using var good = await rita.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Topics"] = "Optimization", ["Statement"] = "Non-convex optimization.", ["MaxLoad"] = "6",
            ["Affiliations"] = "Uni A\r\nLab B", ["EmailDomains"] = "CS.Uni-A.edu", ["DeclaredPeople"] = "Ben@Example.org",
            ["DeclaredInstitutions"] = "Rival Institute",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var saved = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Reviewers.AsNoTracking().SingleAsync(r => r.Id == reviewer.Id));
        Assert.Equal(["Optimization"], saved.ExpertiseTopics);
        Assert.Equal(6, saved.MaxLoad);
        Assert.Equal(["Uni A", "Lab B"], saved.Affiliations);
        Assert.Equal(["cs.uni-a.edu"], saved.EmailDomains);
        Assert.Equal(["ben@example.org"], saved.DeclaredPeople);
        Assert.Equal(["Rival Institute"], saved.DeclaredInstitutions);
        Assert.Contains("Your reviewer profile is saved.", (await rita.GetAsync(page)).Html);

        var other = await app.CreateUserAsync("eve@example.org");
        using var eve = await app.SignedInAsync(other.Email!);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync(page)).Status);
    }
}
