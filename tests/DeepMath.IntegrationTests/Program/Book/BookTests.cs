using System.Net;
using DeepMath.IntegrationTests.Registration;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Program.Book.Jobs;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Program.Book;

/// <summary>The book of abstracts end to end: built in the background from a release (real LuaLaTeX), served to attendees and organizers only.</summary>
[Collection(AppCollection.Name)]
public sealed class BookTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_book_is_built_a_minute_after_a_release_served_to_attendees_and_organizers_and_refused_to_others()
    {
        var organizer = await app.CreateUserAsync("organizer@example.org");
        var (ev, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 100);
        var first = await app.CreateAbstractAsync(call.Id, organizer.Id, 1, "Width bounds for $\\mathbb{R}^d$ networks",
            "We prove $\\|f\\|_\\infty \\le \\sqrt{d}$ for every $f$.", ("Zuzana Ďurčeková", "Univerzita Komenského"), ("王小明", "清华大学"));
        var second = await app.CreateAbstractAsync(call.Id, organizer.Id, 2, "Depth separations",
            "Depth \\(L\\) beats width: \\[\\sum_{i=1}^{L} 2^i < 2^{L+1}.\\]", ("Ada Lovelace", "University of London"));
        var poster = await app.CreateAbstractAsync(call.Id, organizer.Id, 3, "A poster on $\\input{/etc/passwd}$",
            "Hostile: $\\write18{touch /tmp/deepmath-book-it}$", ("Björn Ångström", "KTH"));
        await app.ReleaseAsync(BookData.Snapshot(ev.Id, [second, first], [poster]));

        // Seen now, built only once the input has been still for a minute.
        Assert.Empty(await CheckAsync());
        app.Clock.Advance(CheckBooksJob.Quiet);
        Assert.Equal([ev.Id], await CheckAsync());
        await BuildAsync(ev.Id);
        var book = await app.BookAsync(ev.Id);
        Assert.Equal(BookState.Built, book!.State);
        Assert.Equal(3, book.Abstracts);
        Assert.Contains(poster.Id.ToString(), await PosterKeyOfProblemsAsync(ev.Id), StringComparison.Ordinal);

        using var attendee = await app.SignedInAsync("attendee@example.org", "Attendee");
        using var registered = await attendee.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Attendee"));
        using var response = await attendee.Client.GetAsync($"/events/{ev.Slug}/program/book.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        var contents = text.IndexOf("Contents", StringComparison.Ordinal);
        var depth = text.IndexOf("Depth separations", contents, StringComparison.Ordinal);
        var width = text.IndexOf("Width bounds", depth, StringComparison.Ordinal);
        var index = text.IndexOf("Author index", width, StringComparison.Ordinal);
        Assert.True(contents >= 0 && depth > contents && width > depth && index > width, text);
        Assert.Contains("Ďurčeková, Zuzana", text[index..], StringComparison.Ordinal);
        Assert.Contains("王, 小明", text[index..], StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", text, StringComparison.Ordinal);
        Assert.False(File.Exists("/tmp/deepmath-book-it"));
        var (_, registrationPage) = await attendee.GetAsync($"/events/{ev.Slug}/registration");
        Assert.Contains($"/events/{ev.Slug}/program/book.pdf", registrationPage, StringComparison.Ordinal);

        using var stranger = await app.SignedInAsync("stranger@example.org", "Stranger");
        var (strangerStatus, strangerPage) = await stranger.GetAsync($"/events/{ev.Slug}/program/book.pdf");
        Assert.Equal(HttpStatusCode.Forbidden, strangerStatus);
        Assert.Contains("registered attendees", strangerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", strangerPage, StringComparison.Ordinal);
        using var anonymous = app.NewSession();
        var (anonymousStatus, anonymousPage) = await anonymous.GetAsync($"/events/{ev.Slug}/program/book.pdf");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStatus);
        Assert.Contains("Sign in", anonymousPage, StringComparison.Ordinal);

        using var manager = app.NewSession();
        await manager.LoginAsync(organizer.Email!, TestData.Password);
        using var organizerPdf = await manager.Client.GetAsync($"/events/{ev.Slug}/program/book.pdf");
        Assert.Equal(HttpStatusCode.OK, organizerPdf.StatusCode);
        var (statusCode, status) = await manager.GetAsync($"/events/{ev.Slug}/program/book");
        Assert.Equal(HttpStatusCode.OK, statusCode);
        Assert.Contains("data-state=\"Built\"", status, StringComparison.Ordinal);
        Assert.Contains("A poster on", status, StringComparison.Ordinal);
        Assert.Contains("\\input is not a math command", status, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await attendee.GetAsync($"/events/{ev.Slug}/program/book")).Status);

        // Unchanged input: nothing queued, and a build run anyway leaves the book as it was.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(await CheckAsync());
        await BuildAsync(ev.Id);
        Assert.Equal(book.BuiltAt, (await app.BookAsync(ev.Id))!.BuiltAt);

        // A new release: queued at once, built a minute after the last change.
        await app.ReleaseAsync(BookData.Snapshot(ev.Id, [first], [poster]));
        Assert.Empty(await CheckAsync());
        Assert.Equal(BookState.Queued, (await app.BookAsync(ev.Id))!.State);
        var (_, queuedStatus) = await manager.GetAsync($"/events/{ev.Slug}/program/book");
        Assert.Contains("data-state=\"Queued\"", queuedStatus, StringComparison.Ordinal);
        app.Clock.Advance(CheckBooksJob.Quiet);
        Assert.Equal([ev.Id], await CheckAsync());
    }

    private Task<IReadOnlyList<Guid>> CheckAsync() =>
        app.WithScopeAsync(services => services.GetRequiredService<CheckBooksJob>().RunAsync(CancellationToken.None));

    private Task<bool> BuildAsync(Guid eventId) =>
        app.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<BuildBookJob>().RunAsync(eventId, CancellationToken.None);
            return true;
        });

    private async Task<string> PosterKeyOfProblemsAsync(Guid eventId) => (await app.BookAsync(eventId))!.Problems;

    private static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
