using System.Text.RegularExpressions;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// Views link to the app's pages by route (asp-controller/asp-action, Url.Action), never by a hand-written
/// path: a literal <c>href="/…"</c> or <c>action="/…"</c> silently breaks when a route template changes,
/// whereas a route that no longer exists fails the browser and integration tests. Static files and the
/// endpoints that are not MVC actions (health, the jobs dashboard) keep their literal paths.
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

    [GeneratedRegex("""\b(?:href|action)\s*=\s*["'](?<path>/[^"']*)["']""")]
    private static partial Regex LiteralLink();
}
