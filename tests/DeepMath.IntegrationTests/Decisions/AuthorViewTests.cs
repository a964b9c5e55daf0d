using System.Net;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Decisions.Domain;
using UglyToad.PdfPig;

namespace DeepMath.IntegrationTests.Decisions;

/// <summary>Authors see nothing of a decision until it is sent; then the outcome, the reviews as Reviewer 1, 2, and their letter.</summary>
[Collection(AppCollection.Name)]
public sealed class AuthorViewTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Authors_see_nothing_before_sending_and_the_decision_reviews_and_letter_after()
    {
        var setup = await app.DecisionCallAsync();
        await app.ReviewAsync(setup, 1, 2, 9, comments: "Elegant and new.", confidential: "Accept, my former student.");
        await app.ReviewAsync(setup, 1, 1, 6, comments: "Check Lemma 2.", confidential: "Borderline.");
        await app.ReviewAsync(setup, 1, 3, 7, comments: "Draft only", submitted: false);
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        await olga.DecideAsync(setup, DecisionOutcome.Poster, 1);
        var page = $"/submissions/{setup.Submissions[0].Id}/decision";

        using var ada = await app.SignedInAsync(DecisionsData.Ada);
        var (status, before) = await ada.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No decision has been sent yet.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("poster", before, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Elegant", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync(page + "/letter.pdf")).Status);
        var mine = (await ada.GetAsync("/submissions")).Html;
        Assert.DoesNotContain("sent-decision", mine, StringComparison.Ordinal);
        Assert.Contains("not yet", mine, StringComparison.Ordinal);

        await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notify/send", new Dictionary<string, string>());
        await app.RunNotificationsJobAsync();
        // The organizers change their minds after sending: authors keep seeing what was sent until the change is sent.
        await olga.DecideAsync(setup, DecisionOutcome.Talk, 1);

        var after = (await ada.GetAsync(page)).Html;
        Assert.Contains("<strong>accepted as a poster</strong>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("talk", after, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h3 class=\"h6\">Reviewer 1</h3>", after, StringComparison.Ordinal);
        Assert.Contains("<h3 class=\"h6\">Reviewer 2</h3>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewer 3", after, StringComparison.Ordinal);
        Assert.True(after.IndexOf("Elegant and new.", StringComparison.Ordinal) < after.IndexOf("Check Lemma 2.", StringComparison.Ordinal));
        foreach (var hidden in new[] { "former student", "Borderline", "Draft only", "Reviewer Person", "rev1@example.org" })
        {
            Assert.DoesNotContain(hidden, after, StringComparison.Ordinal);
        }
        Assert.Contains("sent-decision", (await ada.GetAsync("/submissions")).Html, StringComparison.Ordinal);

        using var letter = await ada.Client.GetAsync(page + "/letter.pdf");
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        var adaText = PdfText(await letter.Content.ReadAsByteArrayAsync());
        Assert.Contains("Ada Lovelace (Uni A)", adaText, StringComparison.Ordinal);
        Assert.Contains("accepted as a poster", adaText, StringComparison.Ordinal);
        Assert.Contains("Implicit bias of gradient descent", adaText, StringComparison.Ordinal);
        Assert.Contains("We prove that implicit bias", adaText, StringComparison.Ordinal);
        Assert.Contains("DeepMath 2025", adaText, StringComparison.Ordinal);

        // Bob is a listed co-author with his own account: his letter names him.
        using var bob = await app.SignedInAsync(DecisionsData.Bob);
        var bobText = PdfText(await bob.Client.GetByteArrayAsync(page + "/letter.pdf"));
        Assert.Contains("Bob Builder (Uni B)", bobText, StringComparison.Ordinal);
        Assert.DoesNotContain("confirms that Ada", bobText, StringComparison.Ordinal);

        using var stranger = await app.SignedInAsync("rev1@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(page)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(page + "/letter.pdf")).Status);
    }

    [Fact]
    public async Task A_rejected_author_gets_no_letter()
    {
        var setup = await app.DecisionCallAsync();
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        await olga.DecideAsync(setup, DecisionOutcome.Reject, 1);
        await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notify/send", new Dictionary<string, string>());
        await app.RunNotificationsJobAsync();

        using var ada = await app.SignedInAsync(DecisionsData.Ada);
        var page = $"/submissions/{setup.Submissions[0].Id}/decision";
        var html = (await ada.GetAsync(page)).Html;
        Assert.Contains("<strong>not accepted</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("letter.pdf", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync(page + "/letter.pdf")).Status);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
