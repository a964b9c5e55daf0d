using System.Net;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Accounts;

/// <summary>An address confirmed in another browser counts in the session that is already signed in, at its next request.</summary>
[Collection(AppCollection.Name)]
public sealed class ConfirmElsewhereTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_confirmation_in_another_browser_lets_the_signed_in_session_submit_without_signing_in_again()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var user = await app.CreateUserAsync("ada@example.org", confirmed: false);
        using var desktop = app.NewSession();
        await desktop.LoginAsync(user.Email!, TestData.Password);
        var form = $"/calls/{call.Id}/submissions/new";
        var (_, before) = await desktop.GetAsync(form);
        Assert.Contains("not confirmed yet", before, StringComparison.Ordinal);
        using (var refused = await desktop.PostSubmissionAsync(form, form, SubmissionForms.Fields("Too early", "save", ("Ada Quill", "ada@example.org"))))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        }

        using (var resent = await desktop.PostFormAsync("/account/manage", "/account/confirm/resend", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        }
        await app.DeliverMailAsync();
        var link = MailLinks.Find(app.Smtp.To("ada@example.org").Last(), "/account/confirm");
        using var phone = app.NewSession();
        var (confirmedStatus, confirmedPage) = await phone.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirmedStatus);
        Assert.Contains("is confirmed", confirmedPage, StringComparison.Ordinal);

        var (_, after) = await desktop.GetAsync(form);
        Assert.DoesNotContain("not confirmed yet", after, StringComparison.Ordinal);
        var id = await desktop.CreateAsync(call.Id, SubmissionForms.Fields("Confirmed on the phone", "save", ("Ada Quill", "ada@example.org")));
        var (status, page) = await desktop.GetAsync($"/submissions/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Confirmed on the phone", page, StringComparison.Ordinal);
    }
}
