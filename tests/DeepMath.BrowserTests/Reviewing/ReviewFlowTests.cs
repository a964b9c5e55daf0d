using System.Text;
using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace DeepMath.BrowserTests.Reviewing;

[Collection(BrowserCollection.Name)]
public sealed class ReviewFlowTests(BrowserApp app) : IAsyncLifetime
{
    private const string Title1 = "Plateaus and escapes near saddle points";
    private const string Title2 = "Sharp minima and what they predict";

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The other tests of the collection expect the demo's 2025-08-20.</summary>
    public Task DisposeAsync()
    {
        app.Clock.Freeze(BrowserApp.DemoNow);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_reviewer_bids_the_organizer_applies_the_automatic_assignment_and_the_reviewer_downloads_the_blinded_pdf_and_submits_a_review()
    {
        var scene = await ReviewScene.ArrangeAsync(app);

        // 3 September: Rita bids, and the script saves each bid without reloading the page.
        app.Clock.Freeze(ReviewScene.BiddingTime);
        var rita = await app.NewPageAsync();
        var broken = new BrokenResources(rita);
        var seen = new SeenPages(rita);
        await new LoginPage(rita).SignInAsync(ReviewScene.ReviewerEmail, ReviewScene.Password);
        var home = new MyReviewingPage(rita);
        await home.OpenAsync();
        await seen.RecordAsync();
        Assert.Equal(("Bid now", "0 assigned to you"), await home.LinksAsync(ReviewScene.EventTitle));
        var bidding = await home.OpenBiddingAsync(ReviewScene.EventTitle);
        await seen.RecordAsync();
        Assert.Equal([$"Abstract 1: {Title1}", $"Abstract 2: {Title2}"], await bidding.HeadingsAsync());
        Assert.Equal("— no bid —", await bidding.BidOfAsync(1));
        var documents = 0;
        rita.FrameNavigated += (_, frame) => documents += frame == rita.MainFrame ? 1 : 0;
        seen.Record("the answer to the bid on abstract 1", await bidding.BidAsync(1, "Eager (2)"));
        seen.Record("the answer to the bid on abstract 2", await bidding.BidAsync(2, "Not willing (−2)"));
        Assert.Equal(0, documents);
        await bidding.ReloadAsync();
        await seen.RecordAsync();
        Assert.Equal("Eager (2)", await bidding.BidOfAsync(1));
        Assert.Equal("Not willing (−2)", await bidding.BidOfAsync(2));

        // 8 September, bidding closed: Olga previews the automatic assignment, which follows the bids, and applies it.
        app.Clock.Freeze(ReviewScene.AssignmentTime);
        var olga = await app.NewPageAsync();
        await new LoginPage(olga).SignInAsync(ReviewScene.OrganizerEmail, ReviewScene.Password);
        var assignments = new AssignmentsPage(olga);
        await assignments.OpenAsync(scene.CallId);
        Assert.Equal("0 / 1", (await assignments.RowAsync(1)).Count);
        var preview = await assignments.PreviewAsync();
        Assert.Equal([new ProposedPair("1", "Rita Reviewer", "1.50"), new ProposedPair("2", "Sam Reviewer", "1.50")], await preview.ProposedAsync());
        Assert.True(await preview.NoShortfallAsync(), "The preview reports abstracts short of reviews.");
        assignments = await preview.ApplyAsync();
        Assert.Equal("2 review assignment(s) applied. Undo them from the log below if needed.", await assignments.StatusAsync());
        var (reviewers1, count1) = await assignments.RowAsync(1);
        Assert.Equal(["Rita Reviewer (eager (2))"], reviewers1);
        Assert.Equal("1 / 1", count1);
        var (reviewers2, count2) = await assignments.RowAsync(2);
        Assert.Equal(["Sam Reviewer (eager (2))"], reviewers2);
        Assert.Equal("1 / 1", count2);
        Assert.Equal("2", Assert.Single(await assignments.LogAsync()).Pairs);

        // 12 September: Rita finds abstract 1, and only it, downloads its blinded copy and reviews it.
        app.Clock.Freeze(ReviewScene.ReviewTime);
        await home.OpenAsync();
        await seen.RecordAsync();
        // Bidding is over by now, so the page says so instead of offering it; the assigned cell adds the progress and deadline.
        var (biddingText, assignedText) = await home.LinksAsync(ReviewScene.EventTitle);
        Assert.Equal("Closed", biddingText);
        Assert.StartsWith("1 assigned to you\n0 of 1 submitted · due", assignedText);
        var assigned = await home.OpenAssignedAsync(ReviewScene.EventTitle);
        await seen.RecordAsync();
        Assert.Equal([("1", Title1)], await assigned.RowsAsync());
        var abstractPage = await assigned.OpenAsync(Title1);
        await seen.RecordAsync();
        Assert.Equal($"Abstract 1: {Title1}", await abstractPage.HeadingAsync());

        var download = await abstractPage.DownloadPdfAsync();
        Assert.Equal($"{scene.EventSlug}-1.pdf", download.SuggestedFilename);
        Assert.Equal("deepmath-review-flow-2025-1.pdf", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        using (var original = PdfDocument.Open(ReviewScene.PdfFixture()))
        {
            Assert.Equal("Samuel Okafor", original.Information.Author); // what the blinding must take away
        }
        using (var pdf = PdfDocument.Open(bytes))
        {
            Assert.Null(pdf.Information.Author);
            Assert.False(pdf.TryGetXmpMetadata(out _), "The blinded PDF keeps XMP metadata.");
            var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Abstract 1", text);
            Assert.Contains("confidential", text);
            var info = pdf.Information;
            seen.Record("the PDF's text and information", string.Join("\n", text, info.Title, info.Author, info.Subject, info.Keywords, info.Creator, info.Producer));
        }
        seen.Record("the PDF's bytes", Encoding.Latin1.GetString(bytes));
        seen.Record("the PDF's bytes as UTF-16", Encoding.BigEndianUnicode.GetString(bytes) + Encoding.BigEndianUnicode.GetString(bytes, 1, bytes.Length - 1));

        var review = await abstractPage.WriteReviewAsync();
        await seen.RecordAsync();
        Assert.StartsWith("Not started.", await review.StateAsync());
        Assert.Contains("Reviews are due Saturday 20 September 2025, 23:59 (America/New_York).", await review.StateAsync());
        await review.ScoreAsync("Relevance", 5);
        await review.ScoreAsync("Rigor", 3);
        await review.CommentToOrganizersAsync("The escape-time bound looks close to a known one.");
        await review.SaveDraftAsync();
        await seen.RecordAsync();
        Assert.Empty(await review.ErrorsAsync());
        Assert.Equal("Your draft is saved. Submit it before the deadline.", await review.StatusAsync());
        Assert.StartsWith("Draft saved Friday 12 September 2025, 12:00.", await review.StateAsync());

        await review.ScoreAsync("Novelty", 4);
        await review.ScoreAsync("Clarity", 4);
        await review.ScoreAsync("Overall", 8);
        await review.ScoreAsync("Confidence", 4);
        await review.CommentToAuthorsAsync("A clear account of the plateaus; the second phase deserves a figure.");
        await review.SubmitAsync();
        await seen.RecordAsync();
        Assert.Empty(await review.ErrorsAsync());
        Assert.Equal("Your review of abstract 1 is submitted. You can change it until the deadline.", await review.StatusAsync());
        Assert.StartsWith("Submitted Friday 12 September 2025, 12:00.", await review.StateAsync());
        Assert.True(await review.CanUpdateAsync(), "A submitted review offers no update before the deadline.");

        var stored = await scene.RitasReviewAsync(app);
        Assert.NotNull(stored);
        Assert.Equal(ReviewScene.ReviewTime, stored.SubmittedAt);
        Assert.Equal(new Dictionary<string, int> { ["relevance"] = 5, ["novelty"] = 4, ["rigor"] = 3, ["clarity"] = 4 }, stored.Scores);
        Assert.Equal((8, 4), (stored.Overall, stored.Confidence));
        Assert.Equal("A clear account of the plateaus; the second phase deserves a figure.", stored.CommentsToAuthors);
        Assert.Equal("The escape-time bound looks close to a known one.", stored.ConfidentialComments);

        var folder = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots");
        Directory.CreateDirectory(folder);
        await rita.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "review-submitted.png"), FullPage = true });

        Assert.Equal(9, seen.Urls.Count(u => u.StartsWith(app.BaseUrl, StringComparison.Ordinal)));
        Assert.Empty(seen.Leaks(ReviewScene.Secrets()));
        Assert.Empty(broken.All);
    }
}
