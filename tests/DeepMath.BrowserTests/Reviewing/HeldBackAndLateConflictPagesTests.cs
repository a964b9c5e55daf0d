using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Reviewing;

/// <summary>
/// The pages blind review added for organizers and reviewers, as they look at 1280 and 390 px after the call
/// closed: the submissions list with its "held back from review" section, the late conflicts to decide, and a
/// reviewer's profile whose conflict fields went to the organizers. Screenshots go to .data/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HeldBackAndLateConflictPagesTests(BrowserApp app)
{
    private const string Password = "a long browser password";
    private const string Organizer = "olga@held-back.example.org";
    private const string ReviewerEmail = "rita@held-back.example.org";
    private const string AuthorEmail = "alan@held-back.example.org";
    private static readonly DateTimeOffset _afterClose = new(2025, 9, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Organizers_see_what_is_held_back_and_the_late_conflicts_and_a_reviewer_sees_where_the_change_went_at_both_widths()
    {
        app.Clock.Freeze(_afterClose);
        try
        {
            await LookAtThePagesAsync(await ArrangeAsync());
        }
        finally
        {
            app.Clock.Freeze(BrowserApp.DemoNow); // the tests share the app: put the clock back
        }
    }

    private async Task LookAtThePagesAsync(Guid callId)
    {
        var shots = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots");
        foreach (var width in new[] { 1280, 390 })
        {
            var olga = await app.NewPageAsync();
            var violations = Pipeline.ContentSecurityPolicyTests.Listen(olga);
            await olga.SetViewportSizeAsync(width, 900);
            await new LoginPage(olga).SignInAsync(Organizer, Password);

            await olga.GotoAsync($"/calls/{callId}/submissions");
            var held = await olga.InnerTextAsync("main");
            Assert.Contains("Held back from review (2)", held);
            Assert.Contains("Figures beyond the margin", held);
            await AssertFitsAsync(olga, width);
            await olga.ScreenshotAsync(new() { Path = Path.Combine(shots, $"submissions-held-back-{width}.png"), FullPage = true });

            await olga.GotoAsync($"/calls/{callId}/late-conflicts");
            var late = await olga.InnerTextAsync("main");
            Assert.Contains("From authors (1)", late);
            Assert.Contains("Saddle points and their escapes", late);
            Assert.Contains("From reviewers' profiles (1)", late);
            Assert.Contains("Uni Late", late);
            await AssertFitsAsync(olga, width);
            await olga.ScreenshotAsync(new() { Path = Path.Combine(shots, $"late-conflicts-{width}.png"), FullPage = true });

            var rita = await app.NewPageAsync();
            await rita.SetViewportSizeAsync(width, 900);
            await new LoginPage(rita).SignInAsync(ReviewerEmail, Password);
            await rita.GotoAsync($"/calls/{callId}/reviewing/profile");
            await rita.GetByLabel("Affiliations (one per line, past five years)").FillAsync($"Uni Late\nUni {width}");
            await rita.GetByLabel("Maximum number of submissions to review").FillAsync("4");
            await rita.ClickAndWaitForDocumentAsync(rita.GetByRole(AriaRole.Button, new() { Name = "Save profile" }));
            var profile = await rita.InnerTextAsync("main");
            await rita.ScreenshotAsync(new() { Path = Path.Combine(shots, $"reviewer-profile-after-close-{width}.png"), FullPage = true });
            Assert.True(profile.Contains("went to the organizers as declared conflicts", StringComparison.Ordinal), profile);
            Assert.Contains($"Uni {width}", profile);
            await AssertFitsAsync(rita, width);
            Assert.True(violations.IsEmpty, string.Join("\n", violations));
        }
    }

    /// <summary>No page is wider than the screen: what cannot fit scrolls inside its own box.</summary>
    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth} px wide at {width} px.");
    }

    private async Task<Guid> ArrangeAsync()
    {
        await app.CreateConfirmedUserAsync(Organizer, "Olga Organizer", Password);
        await app.CreateConfirmedUserAsync(ReviewerEmail, "Rita Reviewer", Password);
        await app.CreateConfirmedUserAsync(AuthorEmail, "Alan Author", Password);
        return await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var ev = new Event
            {
                Title = "DeepMath Held Back 2025", Slug = "deepmath-held-back-2025", TimeZoneId = "UTC", Venue = "Oslo",
                StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7), CreatedAt = BrowserApp.DemoNow,
            };
            var call = new Call
            {
                EventId = ev.Id, Title = "Call for abstracts", OpensOn = new DateOnly(2025, 7, 1), ClosesOn = new DateOnly(2025, 8, 31),
                NotificationOn = new DateOnly(2025, 10, 1), Topics = ["Optimization"], Disciplines = ["Mathematics"], ReviewsPerSubmission = 2,
            };
            db.Events.Add(ev);
            db.Calls.Add(call);
            db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = (await users.FindByEmailAsync(Organizer))!.Id, AddedAt = BrowserApp.DemoNow });
            db.ReviewSettings.Add(new ReviewSettings { CallId = call.Id, BiddingClosesOn = new DateOnly(2025, 9, 8), ReviewsDueOn = new DateOnly(2025, 9, 20) });
            var reviewer = new Reviewer { CallId = call.Id, UserId = (await users.FindByEmailAsync(ReviewerEmail))!.Id, ExpertiseTopics = ["Optimization"] };
            db.Reviewers.Add(reviewer);
            var author = (await users.FindByEmailAsync(AuthorEmail))!.Id;
            var submitted = new DateTimeOffset(2025, 8, 30, 12, 0, 0, TimeSpan.Zero);
            Submission Abstract(int number, string title, FormatExceptionState? exception) => new()
            {
                CallId = call.Id, OwnerId = author, Number = number, Title = title, Topics = ["Optimization"], Disciplines = ["Mathematics"],
                Abstract = "We study what the title says.", State = SubmissionState.Submitted, SubmittedAt = submitted,
                ExceptionState = exception, ExceptionRequest = exception is null ? null : "Figures beyond the margin: the plots need the full width.",
            };
            var open = Abstract(1, "Saddle points and their escapes", null);
            db.Submissions.AddRange(open, Abstract(2, "Sharp minima, wide figures", FormatExceptionState.Requested),
                Abstract(3, "A second page of proofs", FormatExceptionState.Refused));
            db.AuthorConflicts.Add(new AuthorConflict
            {
                SubmissionId = open.Id, ReviewerId = reviewer.Id, DeclaredAt = _afterClose, DeclaredBy = "author", State = AuthorConflictState.Requested,
            });
            reviewer.Affiliations = ["Uni Early"];
            db.ProfileChanges.Add(new ProfileChange { CallId = call.Id, ReviewerId = reviewer.Id, RequestedAt = _afterClose, Affiliations = ["Uni Early", "Uni Late"] });
            await db.SaveChangesAsync();
            return call.Id;
        });
    }
}
