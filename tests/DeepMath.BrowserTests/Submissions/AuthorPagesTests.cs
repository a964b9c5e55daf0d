using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Pipeline;
using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Submissions;

/// <summary>
/// The author's submission page at 1280 and 390 px: LaTeX in the title and abstract renders with the app's own KaTeX (and
/// stays as source without JavaScript), the authors list keeps its order buttons in view, and withdrawing asks first.
/// Screenshots go to .data/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuthorPagesTests(BrowserApp app)
{
    private const string Password = "a long browser password";

    [Fact]
    public async Task Math_renders_with_katex_the_authors_fit_and_withdrawing_asks_first_at_both_widths()
    {
        var email = $"math-{Guid.NewGuid():N}@author.example.org";
        await app.CreateConfirmedUserAsync(email, "Mia Math", Password);
        var id = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var owner = await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
            var callId = await db.Calls.Where(c => db.Events.Any(e => e.Id == c.EventId && e.Slug == "deepmath-2025")).Select(c => c.Id).SingleAsync();
            var number = await db.Submissions.Where(s => s.CallId == callId).MaxAsync(s => (int?)s.Number) ?? 0;
            var submission = new Submission
            {
                CallId = callId, OwnerId = owner!.Id, Number = number + 100, Title = "Bounds in $L^2$ for deep networks", State = SubmissionState.Draft,
                Abstract = "We bound the gradient \\(\\nabla L(\\theta)\\) of the loss, and show $$\\sum_{i=1}^n \\|x_i\\|^2 \\le C$$ for every width.",
                Topics = ["Optimization"], Disciplines = ["Mathematics"], CreatedAt = BrowserApp.DemoNow, UpdatedAt = BrowserApp.DemoNow,
            };
            submission.SetAuthors([
                new SubmissionAuthor { Name = "Mia Math", Email = email, Affiliation = "Institute for Very Long Affiliation Names in Mathematics", Country = "Germany" },
                new SubmissionAuthor { Name = "Noor Coauthor", Email = "noor@author.example.org", Affiliation = "University of Somewhere", Country = "Netherlands" },
            ]);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission.Id;
        });
        var shots = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots");

        foreach (var width in new[] { 1280, 390 })
        {
            var page = await app.NewPageAsync();
            var violations = ContentSecurityPolicyTests.Listen(page);
            await page.SetViewportSizeAsync(width, 900);
            await new LoginPage(page).SignInAsync(email, Password);
            await page.GotoAsync($"/submissions/{id}");

            await page.Locator("h1 .katex").First.WaitForAsync();
            Assert.True(await page.Locator("[data-testid=abstract-preview] .katex").CountAsync() >= 2);
            Assert.Equal(1, await page.Locator("[data-testid=abstract-preview] .katex-display").CountAsync());
            foreach (var button in new[] { "Move author 1 down", "Move author 2 up", "Remove author 2" })
            {
                var box = await page.GetByRole(AriaRole.Button, new() { Name = button }).BoundingBoxAsync();
                Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width, $"{button} is outside the {width} px screen: {box?.X}+{box?.Width}");
            }
            var nameBox = await page.GetByLabel("Author 2 affiliation").BoundingBoxAsync();
            Assert.True(nameBox is not null && nameBox.X + nameBox.Width <= width);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"submission-math-{width}.png"), FullPage = true });

            await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Withdraw submission" }));
            Assert.Contains("Withdraw submission", await page.InnerTextAsync("h1"));
            Assert.Contains("revive it from its page until the deadline", await page.InnerTextAsync("main"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"confirm-withdraw-{width}.png"), FullPage = true });
            await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "No, go back" }));
            Assert.Contains("<strong>draft</strong>", await page.ContentAsync());
            Assert.True(violations.IsEmpty, string.Join("\n", violations));
        }

        // A co-author with an account under the listed e-mail reads the same page (read-only) and finds it in "Your submissions".
        var coauthor = $"noor-{Guid.NewGuid():N}@author.example.org";
        await app.CreateConfirmedUserAsync(coauthor, "Noor Coauthor", Password);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var submission = await db.Submissions.SingleAsync(s => s.Id == id);
            var authors = submission.OrderedAuthors().Select(a => new SubmissionAuthor { Name = a.Name, Email = a.Email, Affiliation = a.Affiliation, Country = a.Country }).ToList();
            authors[1].Email = coauthor;
            submission.SetAuthors(authors);
            return await db.SaveChangesAsync();
        });
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await app.NewPageAsync();
            await page.SetViewportSizeAsync(width, 900);
            await new LoginPage(page).SignInAsync(coauthor, Password);
            await page.GotoAsync($"/submissions/{id}");
            await page.Locator("h1 .katex").First.WaitForAsync();
            Assert.Contains("listed as an author", await page.InnerTextAsync("[data-testid=coauthor-note]"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"submission-coauthor-{width}.png"), FullPage = true });
            await page.GotoAsync("/submissions");
            await page.Locator("[data-testid=my-submissions] .katex").First.WaitForAsync();
            Assert.Equal(1, await page.Locator("[data-testid=coauthor-badge]").CountAsync());
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"my-submissions-coauthor-{width}.png"), FullPage = true });
        }

        var plain = await app.NewPageAsync(javaScript: false);
        await new LoginPage(plain).SignInAsync(email, Password);
        await plain.GotoAsync($"/submissions/{id}");
        Assert.Contains("Bounds in $L^2$ for deep networks", await plain.InnerTextAsync("h1"));
        Assert.Equal(0, await plain.Locator(".katex").CountAsync());
    }
}
