using System.Net;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>Withdrawing asks first and says what follows; a withdrawn abstract comes back until the deadline.</summary>
[Collection(AppCollection.Name)]
public sealed class WithdrawConfirmTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Withdrawing_needs_the_confirmation_page_and_the_author_revives_it_until_the_deadline()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        await app.CreateUserAsync("ada@example.org");
        using var ada = await app.SignedInAsync("ada@example.org");
        var id = await ada.CreateAsync(call.Id, SubmissionForms.Fields("Second thoughts", "submit", ("Ada Quill", "ada@example.org")), SubmissionForms.Pdf("ok-one-page.pdf"));

        using var asked = await ada.PostFormAsync($"/submissions/{id}", $"/submissions/{id}/withdraw", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var confirmPage = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Withdraw submission 1?", confirmPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"confirm-consequences\"", confirmPage, StringComparison.Ordinal);
        Assert.Contains("revive it from its page until the deadline", confirmPage, StringComparison.Ordinal);
        Assert.Contains("name=\"confirmed\" value=\"true\"", confirmPage, StringComparison.Ordinal);
        Assert.Contains("<strong>submitted</strong>", (await ada.GetAsync($"/submissions/{id}")).Html, StringComparison.Ordinal);

        using var withdrawn = await ada.PostFormAsync($"/submissions/{id}", $"/submissions/{id}/withdraw", new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var page = (await ada.GetAsync($"/submissions/{id}")).Html;
        Assert.Contains("<strong>withdrawn</strong>", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"revive\"", page, StringComparison.Ordinal);

        using var revived = await ada.PostFormAsync($"/submissions/{id}", $"/submissions/{id}/revive", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, revived.StatusCode);
        Assert.Contains("<strong>submitted</strong>", (await ada.GetAsync($"/submissions/{id}")).Html, StringComparison.Ordinal);

        await ada.PostFormAsync($"/submissions/{id}", $"/submissions/{id}/withdraw", new Dictionary<string, string> { ["confirmed"] = "true" });
        app.Clock.Freeze(call.Window(TimeZoneInfo.Utc).ClosesAt);
        using var late = await ada.PostFormAsync($"/submissions/{id}", $"/submissions/{id}/revive", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        page = (await ada.GetAsync($"/submissions/{id}")).Html;
        Assert.Contains("<strong>withdrawn</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"revive\"", page, StringComparison.Ordinal);
    }
}
