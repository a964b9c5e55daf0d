using System.Net;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Confirmations;

/// <summary>
/// Taking a reviewer off an abstract by hand and refusing a format exception ask first, say what follows, and change
/// nothing until the confirmation page's own post.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AssignmentAndExceptionConfirmTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Removing_a_manual_assignment_asks_first_and_removes_only_when_confirmed()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1);
        var page = $"/calls/{scene.CallId}/assignments";
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var fields = new Dictionary<string, string> { ["submissionId"] = scene.Paper1.ToString(), ["reviewerId"] = scene.Rita.ToString() };

        using var asked = await olga.PostFormAsync(page, $"{page}/remove", fields);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var html = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        Assert.Contains("Take Rita Reviewer off abstract 1?", html, StringComparison.Ordinal);
        Assert.Contains("they can no longer open it or review it", html, StringComparison.Ordinal);
        Assert.Contains("The abstract keeps 0 reviewers of the", html, StringComparison.Ordinal);
        Assert.Contains("can be undone", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"reviewerId\" value=\"{scene.Rita}\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await AssignmentsAsync(scene.CallId));

        fields["confirmed"] = "true";
        using var confirmed = await olga.PostFormAsync(page, $"{page}/remove", fields);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(0, await AssignmentsAsync(scene.CallId));
        Assert.Contains("Rita Reviewer no longer reviews abstract 1.", WebUtility.HtmlDecode((await olga.GetAsync(page)).Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusing_a_format_exception_asks_first_and_refuses_only_when_confirmed()
    {
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(zone: "Asia/Tokyo", organizerIds: [organizer.Id]);
        var user = await app.CreateUserAsync("ada@example.org");
        using var author = app.NewSession();
        await author.LoginAsync(user.Email!, TestData.Password);
        var form = SubmissionForms.Fields("Margins are a matter of taste", "submit", ("Ada Quill", "ada@example.org"));
        form.Add(new("ExceptionRequest", "The equation in line 3 cannot be broken."));
        var id = await author.CreateAsync(call.Id, form, SubmissionForms.Pdf("narrow-margins.pdf"));

        using var chair = app.NewSession();
        await chair.LoginAsync(organizer.Email!, TestData.Password);
        var list = $"/calls/{call.Id}/submissions";
        var fields = new Dictionary<string, string> { ["decision"] = "refuse" };
        using var asked = await chair.PostFormAsync(list, $"{list}/{id}/exception", fields);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var html = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        Assert.Contains("Refuse the format exception of abstract 1?", html, StringComparison.Ordinal);
        Assert.Contains("stays held back from review", html, StringComparison.Ordinal);
        Assert.Contains("Its authors get no e-mail", html, StringComparison.Ordinal);
        Assert.Contains("until the deadline, Sunday 31 August 2025, 23:59 (Asia/Tokyo)", html, StringComparison.Ordinal);
        Assert.Equal(FormatExceptionState.Requested, await ExceptionStateAsync(id));

        fields["confirmed"] = "true";
        using var confirmed = await chair.PostFormAsync(list, $"{list}/{id}/exception", fields);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(FormatExceptionState.Refused, await ExceptionStateAsync(id));
        Assert.Contains("The format exception is refused.", (await chair.GetAsync(list)).Html, StringComparison.Ordinal);
    }

    private Task<int> AssignmentsAsync(Guid callId) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Assignments.CountAsync(a => a.CallId == callId));

    private Task<FormatExceptionState?> ExceptionStateAsync(Guid id) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Submissions.Where(x => x.Id == id).Select(x => x.ExceptionState).SingleAsync());
}
