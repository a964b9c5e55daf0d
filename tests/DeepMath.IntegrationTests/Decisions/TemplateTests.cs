using System.Net;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Decisions.Domain;

namespace DeepMath.IntegrationTests.Decisions;

/// <summary>Organizers write a template per outcome, preview it for any submission and send themselves a test.</summary>
[Collection(AppCollection.Name)]
public sealed class TemplateTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_template_is_checked_saved_previewed_and_tested_and_the_notification_uses_it()
    {
        var setup = await app.DecisionCallAsync();
        await app.ReviewAsync(setup, 2, 1, 7, comments: "Nice plots.");
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        var page = $"{setup.Dashboard}/templates";

        var (status, defaults) = await olga.GetAsync($"{page}?outcome=poster&number=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("DeepMath 2025: abstract 2 accepted as a poster — register by 5 November 2025", defaults, StringComparison.Ordinal);
        Assert.Contains("Reviewer 1: Nice plots.", defaults, StringComparison.Ordinal);

        using var bad = await olga.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Outcome"] = "poster", ["Subject"] = "{event}: submission {number} received", ["Body"] = "Dear {nme}, see you.", ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("must not read like the submission receipt", badHtml, StringComparison.Ordinal);
        Assert.Contains("Unknown placeholder(s) {nme}", badHtml, StringComparison.Ordinal);
        Assert.Contains("Dear {nme}, see you.", badHtml, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["Outcome"] = "poster", ["Subject"] = "{event}: poster {number} — register by {registration_deadline}",
            ["Body"] = "Hello {name},\n\n\"{title}\" is {outcome}.\n\n{reviews}", ["Number"] = "2", ["Command"] = "preview",
        };
        var preview = await (await olga.PostFormAsync(page, page, fields)).Content.ReadAsStringAsync();
        Assert.Contains("DeepMath 2025: poster 2 — register by 5 November 2025", preview, StringComparison.Ordinal);
        Assert.Contains("Default wording (not saved yet)", preview, StringComparison.Ordinal);

        fields["Command"] = "test";
        using var test = await olga.PostFormAsync(page, page, fields);
        Assert.Contains("A test for abstract 2 is on its way to olga@example.org", await test.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.DeliverAllAsync();
        var testMail = Assert.Single(app.Smtp.To(DecisionsData.Organizer));
        Assert.Equal("[Test] DeepMath 2025: poster 2 — register by 5 November 2025", testMail.Subject);
        Assert.Contains("Hello Olga Organizer", testMail.TextBody, StringComparison.Ordinal);

        fields["Command"] = "save";
        using var saved = await olga.PostFormAsync(page, page, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Saved template.", (await olga.GetAsync($"{page}?outcome=poster")).Html, StringComparison.Ordinal);

        await olga.DecideAsync(setup, DecisionOutcome.Poster, 2);
        await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notify/send", new Dictionary<string, string>());
        await app.RunNotificationsJobAsync();
        await app.DeliverAllAsync();
        var real = Assert.Single(app.Smtp.To("author2@example.org"));
        Assert.Equal("DeepMath 2025: poster 2 — register by 5 November 2025", real.Subject);
        Assert.Contains("\"Paper number 2\" is accepted as a poster.", real.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reviewer 1: Nice plots.", real.TextBody, StringComparison.Ordinal);
    }
}
