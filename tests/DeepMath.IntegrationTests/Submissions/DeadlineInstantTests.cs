using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Events.Domain;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>The server enforces the call's window to the millisecond, in the call's zone.</summary>
[Collection(AppCollection.Name)]
public sealed class DeadlineInstantTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("America/New_York", DeadlineZone.EventZone, "2025-09-01T04:00:00Z")]
    [InlineData("Europe/Berlin", DeadlineZone.EventZone, "2025-08-31T22:00:00Z")]
    [InlineData("Europe/Berlin", DeadlineZone.AnywhereOnEarth, "2025-09-01T12:00:00Z")]
    public async Task A_draft_at_23_59_59_998_is_in_and_one_at_midnight_is_out(string zone, DeadlineZone deadlineZone, string firstClosedInstant)
    {
        var closed = DateTimeOffset.Parse(firstClosedInstant, System.Globalization.CultureInfo.InvariantCulture);
        var (_, call) = await app.CreateEventAsync(zone: zone, deadlineZone: deadlineZone);
        var user = await app.CreateUserAsync("late@example.org");
        using var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);
        var form = $"/calls/{call.Id}/submissions/new";

        app.Clock.Freeze(closed.AddMilliseconds(-2));
        var inTime = await session.PostFormAsync(form, new Dictionary<string, string> { ["Title"] = "Just in time" });
        Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);

        app.Clock.Freeze(closed);
        var late = await session.PostFormAsync(form, new Dictionary<string, string> { ["Title"] = "One millisecond late" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("submissions are no longer accepted", await late.Content.ReadAsStringAsync());

        var (_, list) = await session.GetAsync("/submissions");
        Assert.Contains("Just in time", list);
        Assert.DoesNotContain("One millisecond late", list);
    }

    [Fact]
    public async Task Submitting_a_draft_after_the_deadline_is_refused_and_the_draft_stays()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var user = await app.CreateUserAsync("draft@example.org");
        using var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);
        var draft = await session.CreateAsync(call.Id, SubmissionForms.Fields("Still a draft", "save", ("Dana Raft", "draft@example.org")), SubmissionForms.Pdf("ok-one-page.pdf"));
        var submit = SubmissionForms.Fields("Still a draft", "submit", ("Dana Raft", "draft@example.org"));

        app.Clock.Freeze(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero));
        using var refused = await session.SaveAsync(draft, submit);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("closed at 1 September 2025, 00:00", await refused.Content.ReadAsStringAsync());
        var (_, list) = await session.GetAsync("/submissions");
        Assert.Contains("<td>draft</td>", list);

        app.Clock.Freeze(new DateTimeOffset(2025, 8, 31, 23, 59, 59, 999, TimeSpan.Zero));
        using var inTime = await session.SaveAsync(draft, submit);
        Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);
        var (_, after) = await session.GetAsync("/submissions");
        Assert.Contains("Submission 1 is submitted.", after);
        Assert.Contains("<td>submitted</td>", after);
    }

    [Fact]
    public async Task Numbers_are_consecutive_per_call_and_never_reused()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var user = await app.CreateUserAsync("many@example.org");
        using var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);
        var form = $"/calls/{call.Id}/submissions/new";
        var posts = Enumerable.Range(1, 5).Select(i => session.PostFormAsync(form, new Dictionary<string, string> { ["Title"] = $"Abstract {i}" }));
        await Task.WhenAll(posts);
        var numbers = await app.WithScopeAsync(s => Task.FromResult(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Web.Infrastructure.Database.DeepMathDbContext>(s)
                .Submissions.Where(x => x.CallId == call.Id).Select(x => x.Number).OrderBy(n => n).ToList()));
        Assert.Equal([1, 2, 3, 4, 5], numbers);
    }
}
