using System.Net;
using System.Text.RegularExpressions;
using DeepMath.BrowserTests.Support;
using DeepMath.Web.Modules.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.BrowserTests.Journeys;

/// <summary>Each role of the seeded demo: who signs in (nobody for a visitor), where its pages start, and the demo's logins.</summary>
public static partial class RolePages
{
    public const string Slug = "deepmath-2025";

    public static readonly (string Role, string? Email, string[] Start)[] Roles =
    [
        ("visitor", null, ["/", $"/events/{Slug}", $"/events/{Slug}/program", "/account/login", "/account/register"]),
        ("author", "author2@deepmath.test", ["/submissions", $"/events/{Slug}"]),
        ("reviewer", "reviewer1@deepmath.test", ["/reviewing"]),
        ("organizer", "organizer@deepmath.test", [$"/events/{Slug}", $"/events/{Slug}/registrations", $"/events/{Slug}/messages", $"/events/{Slug}/organizers", $"/events/{Slug}/check-in"]),
        ("attendee", "attendee@deepmath.test", [$"/events/{Slug}/registration", $"/events/{Slug}/registration/edit"]),
    ];

    public static async Task<IReadOnlyDictionary<string, string>> PasswordsAsync(BrowserApp app) =>
        (await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync())).ToDictionary(l => l.Email, l => l.Password);

    /// <summary>Same-site page links of <paramref name="html"/>, without downloads, sign-out, the job dashboard or fragments.</summary>
    public static IEnumerable<string> Links(string html) =>
        LinkPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value).Split('#')[0])
            .Where(u => u.Length > 1 && !u.StartsWith("/account/logout", StringComparison.Ordinal) && !u.StartsWith("/hangfire", StringComparison.Ordinal)
                && !u.StartsWith("/health", StringComparison.Ordinal) && !DownloadPattern().IsMatch(u));

    public static string ScreenshotFolder()
    {
        var folder = Path.Combine(BrowserApp.RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string FileName(string role, string url, int width) =>
        $"{role}-{(url == "/" ? "home" : NotWord().Replace(url.Trim('/'), "-"))}-{width}.png";

    [GeneratedRegex("href=\"(?<url>/[^\"]*)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\.(pdf|csv|zip|ics|atom|eml|tex|sty|bib|png|svg|ico|css|js)(\?|$)|/download|/export|/pdf/|/feed", RegexOptions.IgnoreCase)]
    private static partial Regex DownloadPattern();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotWord();
}
