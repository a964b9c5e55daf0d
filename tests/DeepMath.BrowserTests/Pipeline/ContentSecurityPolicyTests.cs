using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pipeline;

/// <summary>
/// The site's own pages satisfy its Content-Security-Policy: Chromium reports no violation on any page
/// an organizer who also reviews reaches by following links, nor on the public and error pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ContentSecurityPolicyTests(BrowserApp app)
{
    private const string Password = "a long browser password";
    private const string Email = "csp@csp-check.example.org";
    private const int PageLimit = 80;

    [Fact]
    public async Task No_page_reached_by_following_links_reports_a_content_security_policy_violation()
    {
        var (slug, callId) = await ArrangeAsync();
        var page = await app.NewPageAsync();
        var violations = Listen(page);
        var broken = new BrokenResources(page);
        await new LoginPage(page).SignInAsync(Email, Password);

        var visited = new List<string>();
        var queue = new Queue<string>(["/", $"/events/{slug}", $"/events/{slug}/edit", $"/calls/{callId}/bidding", $"/calls/{callId}/assignments",
            $"/calls/{callId}/submissions/new", "/account/manage", "/account/manage/2fa", "/no-such-page"]);
        var seen = new HashSet<string>(queue);
        while (queue.TryDequeue(out var url) && visited.Count < PageLimit)
        {
            var response = await page.GotoAsync(url);
            visited.Add(url);
            if (response?.Headers.GetValueOrDefault("content-type")?.Contains("html", StringComparison.Ordinal) != true)
            {
                continue;
            }
            foreach (Match link in LinkPattern().Matches(await page.ContentAsync()))
            {
                var next = WebUtility.HtmlDecode(link.Groups["url"].Value).Split('#')[0];
                if (!next.StartsWith("/account/logout", StringComparison.Ordinal) && !next.StartsWith("/hangfire", StringComparison.Ordinal)
                    && !DownloadPattern().IsMatch(next) && seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        Assert.Contains($"/calls/{callId}/bidding", visited);
        Assert.True(visited.Count > 20, $"Only {visited.Count} pages were reached.");
        Assert.True(violations.IsEmpty, string.Join("\n", violations.Take(20)));
        Assert.DoesNotContain(broken.All, b => !b.EndsWith("/no-such-page", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_try_again_page_the_too_large_page_and_the_error_page_look_right_at_both_widths()
    {
        await app.CreateConfirmedUserAsync("reset@csp-check.example.org", "Reset Often", Password);
        var shots = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots");
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await app.NewPageAsync();
            var violations = Listen(page);
            await page.SetViewportSizeAsync(width, 900);

            IResponse? answer = null;
            for (var attempt = 0; attempt <= BrowserApp.ResetsPerAccount; attempt++)
            {
                await page.GotoAsync("/account/forgot-password");
                await page.GetByLabel("E-mail").FillAsync($"reset{width}@csp-check.example.org");
                answer = await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send" }));
            }
            Assert.Equal(429, answer!.Status);
            Assert.Contains("try again in 15 minutes", await page.InnerTextAsync("main"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"too-many-attempts-{width}.png"), FullPage = true });

            var missing = await page.GotoAsync("/no-such-page");
            Assert.Equal(404, missing!.Status);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"error-404-{width}.png"), FullPage = true });
            Assert.True(violations.IsEmpty, string.Join("\n", violations));
        }
    }

    [Fact]
    public async Task An_upload_over_the_limit_shows_the_too_large_page_in_the_browser()
    {
        await app.CreateConfirmedUserAsync("big@csp-check.example.org", "Bea Big", Password);
        var callId = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Calls.Where(c => db.Events.Any(e => e.Id == c.EventId && e.Slug == "deepmath-2025")).Select(c => c.Id));
        });
        var huge = Path.Combine(Path.GetTempPath(), $"deepmath-huge-{Guid.NewGuid():N}.pdf");
        await using (var file = File.Create(huge))
        {
            file.SetLength(DeepMath.Web.Modules.Submissions.EditSubmission.SubmissionUploads.MaxRequestBytes + (1024 * 1024));
        }
        try
        {
            var shots = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots");
            foreach (var width in new[] { 1280, 390 })
            {
                var page = await app.NewPageAsync();
                await page.SetViewportSizeAsync(width, 900);
                await new LoginPage(page).SignInAsync("big@csp-check.example.org", Password);
                await page.GotoAsync($"/calls/{callId}/submissions/new");
                var form = new SubmissionEditPage(page);
                await form.FillAsync("Too big to send", "An abstract.");
                await form.ChoosePdfAsync(huge);
                var answer = await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }));
                Assert.Equal(413, answer.Status);
                Assert.Equal("The upload is too large", await form.HeadingAsync());
                Assert.Contains("52 MiB", await page.InnerTextAsync("main"));
                await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"upload-too-large-{width}.png"), FullPage = true });
            }
        }
        finally
        {
            File.Delete(huge);
        }
    }

    /// <summary>Chromium logs each refused script, style or frame as a console error naming the policy.</summary>
    public static ConcurrentQueue<string> Listen(IPage page)
    {
        var violations = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        return violations;
    }

    private async Task<(string Slug, Guid CallId)> ArrangeAsync()
    {
        await app.CreateConfirmedUserAsync(Email, "Cleo Checker", Password);
        return await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var user = await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(Email);
            var ev = new Event
            {
                Title = "CSP Check 2025", Slug = "csp-check-2025", TimeZoneId = "UTC",
                StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7), CreatedAt = BrowserApp.DemoNow,
            };
            var call = new Call
            {
                EventId = ev.Id, Title = "Call for abstracts", OpensOn = new DateOnly(2025, 7, 1), ClosesOn = new DateOnly(2025, 8, 31),
                NotificationOn = new DateOnly(2025, 10, 1), Topics = ["Optimization"], Disciplines = ["Mathematics"],
            };
            db.Events.Add(ev);
            db.Calls.Add(call);
            db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = user!.Id, AddedAt = BrowserApp.DemoNow });
            db.ReviewSettings.Add(new ReviewSettings { CallId = call.Id, BiddingClosesOn = new DateOnly(2025, 9, 8), ReviewsDueOn = new DateOnly(2025, 9, 20) });
            db.Reviewers.Add(new Reviewer { CallId = call.Id, UserId = user.Id, ExpertiseTopics = ["Optimization"] });
            await db.SaveChangesAsync();
            return (ev.Slug, call.Id);
        });
    }

    [GeneratedRegex("href=\"(?<url>/[^\"/][^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    // Files, not pages: machine-readable exports (frab schedule.xml/json, Atom feeds) open in the browser's own viewer, whose inline styles the site's CSP rightly refuses.
    [GeneratedRegex(@"\.(pdf|csv|zip|ics|xml|json|atom|ico|png|svg)(\?|$)|/pdf/|/export|badges|ticket|letter", RegexOptions.IgnoreCase)]
    private static partial Regex DownloadPattern();
}
