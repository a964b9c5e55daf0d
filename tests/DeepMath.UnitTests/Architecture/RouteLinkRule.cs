using System.Text.RegularExpressions;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// Views link to the app's pages by route (asp-controller/asp-action, Url.Action), never by a hand-written
/// path: a literal <c>href="/…"</c> or <c>action="/…"</c> silently breaks when a route template changes,
/// whereas a route that no longer exists fails the browser and integration tests. Static files and the
/// endpoints that are not MVC actions (health, the jobs dashboard) keep their literal paths.
/// The same holds for the links in e-mails: code that builds a mail (an e-mail class, a mailer, or anything using
/// the LinkBuilder) gets its paths from the routes (<c>links.Action&lt;TController&gt;</c>), never from a string
/// such as <c>$"/submissions/{id}"</c>.
/// </summary>
public static partial class RouteLinkRule
{
    /// <summary>Literal paths a view may still write: static assets and non-MVC endpoints.</summary>
    public static readonly string[] Allowed = ["/css/", "/js/", "/lib/", "/favicon", "/health", "/hangfire"];

    /// <summary>The literal app links in the .cshtml files under <paramref name="folder"/>, as "file:line -> path".</summary>
    public static IReadOnlyList<string> Violations(string folder)
    {
        var failing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match link in LiteralLink().Matches(lines[i]))
                {
                    var path = link.Groups["path"].Value;
                    if (!Allowed.Any(a => path.StartsWith(a, StringComparison.Ordinal)))
                    {
                        failing.Add($"{Path.GetRelativePath(folder, file).Replace('\\', '/')}:{i + 1} -> {path}");
                    }
                }
            }
        }
        return failing;
    }

    /// <summary>The hand-written app paths in the C# mail code under <paramref name="folder"/>, as "file:line -> path".</summary>
    public static IReadOnlyList<string> MailViolations(string folder)
    {
        var failing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            if (!IsMailCode(file, lines))
            {
                continue;
            }
            for (var i = 0; i < lines.Length; i++)
            {
                // Route templates in attributes are where the paths are defined, not links to them.
                if (lines[i].TrimStart().StartsWith('['))
                {
                    continue;
                }
                foreach (Match literal in PathLiteral().Matches(lines[i]))
                {
                    var path = literal.Groups["path"].Value;
                    if (!Allowed.Any(a => path.StartsWith(a, StringComparison.Ordinal)))
                    {
                        failing.Add($"{Path.GetRelativePath(folder, file).Replace('\\', '/')}:{i + 1} -> {path}");
                    }
                }
            }
        }
        return failing;
    }

    /// <summary>An e-mail class or its folder, a mailer, or code that makes absolute links for mails.</summary>
    private static bool IsMailCode(string file, string[] lines) =>
        file.Replace('\\', '/').Contains("/Emails/", StringComparison.Ordinal)
        || Path.GetFileNameWithoutExtension(file).EndsWith("Mailer", StringComparison.Ordinal)
        || lines.Any(l => l.Contains("LinkBuilder", StringComparison.Ordinal));

    /// <summary>A C# string literal (plain, verbatim or interpolated) that starts with an app path such as "/events/…".</summary>
    [GeneratedRegex("(?:\\$@?|@\\$?)?\"(?<path>/[A-Za-z{][^\"]*)")]
    private static partial Regex PathLiteral();

    [GeneratedRegex("""\b(?:href|action)\s*=\s*["'](?<path>/[^"']*)["']""")]
    private static partial Regex LiteralLink();
}
