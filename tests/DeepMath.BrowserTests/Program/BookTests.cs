using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using UglyToad.PdfPig;

namespace DeepMath.BrowserTests.Program;

[Collection(BrowserCollection.Name)]
public sealed class BookTests(BrowserApp app)
{
    [Fact]
    public async Task An_attendee_downloads_the_book_from_her_registration_a_stranger_is_told_why_not_and_the_organizer_sees_it_built()
    {
        await BookScene.ArrangeAsync(app);
        var slug = BookScene.EventSlug;

        var ada = await app.NewPageAsync();
        await new LoginPage(ada).SignInAsync(BookScene.AttendeeEmail, BookScene.Password);
        var mine = new MyRegistrationPage(ada);
        await mine.OpenAsync(slug);
        var download = await mine.DownloadBookAsync();
        Assert.Equal($"{slug}-book-of-abstracts.pdf", download.SuggestedFilename);
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!)))
        {
            var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            var first = text.IndexOf("Depth separations", StringComparison.Ordinal);
            var second = text.IndexOf("Width bounds", first, StringComparison.Ordinal);
            Assert.True(first >= 0 && second > first, text);
            Assert.Contains("Ďurčeková, Zuzana", text, StringComparison.Ordinal);
        }

        var sam = await app.NewPageAsync();
        await new LoginPage(sam).SignInAsync(BookScene.StrangerEmail, BookScene.Password);
        var refused = new BookPages(sam);
        var response = await refused.OpenBookAsync(slug);
        Assert.Equal(403, response!.Status);
        Assert.Contains("registered attendees", await refused.RefusalAsync(), StringComparison.Ordinal);
        await refused.ScreenshotsAsync("book-refused");

        var olga = await app.NewPageAsync();
        await new LoginPage(olga).SignInAsync(BookScene.OrganizerEmail, BookScene.Password);
        var status = new BookPages(olga);
        await status.OpenStatusAsync(slug);
        Assert.Equal("Built", await status.StateAsync());
        Assert.Contains("2 abstracts", await status.BuiltAsync(), StringComparison.Ordinal);
        await status.ScreenshotsAsync("book-status");
    }
}
