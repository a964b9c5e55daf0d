using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Pipeline;

/// <summary>
/// Follows every same-site link, script, stylesheet and image reachable from the start pages, breadth
/// first, and lists each response that lacks one of the security headers (or carries a weaker value).
/// </summary>
public sealed partial class HeaderCrawler(WebSession session, int pageLimit)
{
    private static readonly string[] _skipped = ["/account/logout"];

    public static readonly IReadOnlyDictionary<string, string> Expected = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self';",
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "strict-origin-when-cross-origin",
    };

    public List<string> Visited { get; } = [];

    public List<string> Problems { get; } = [];

    public async Task CrawlAsync(IEnumerable<string> starts)
    {
        var seen = new HashSet<string>(starts, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var url) && Visited.Count < pageLimit)
        {
            foreach (var link in await VisitAsync(url))
            {
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }
    }

    private async Task<IEnumerable<string>> VisitAsync(string url)
    {
        using var response = await session.Client.GetAsync(url);
        Visited.Add(url);
        Problems.AddRange(Check(url, response));
        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        return type.Contains("html", StringComparison.Ordinal) ? Links(await response.Content.ReadAsStringAsync()) : [];
    }

    /// <summary>What is missing or wrong in <paramref name="response"/>'s security headers.</summary>
    public static IEnumerable<string> Check(string url, HttpResponseMessage response)
    {
        foreach (var (name, value) in Expected)
        {
            var actual = response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
            if (actual is null || !actual.StartsWith(value, StringComparison.Ordinal))
            {
                yield return $"{url} ({(int)response.StatusCode}): {name} is \"{actual}\"";
            }
        }
        var csp = response.Headers.TryGetValues("Content-Security-Policy", out var policy) ? string.Join(",", policy) : string.Empty;
        if (!csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || csp.Contains("unsafe-inline", StringComparison.Ordinal))
        {
            yield return $"{url}: the Content-Security-Policy \"{csp}\" allows framing or inline code";
        }
    }

    private static IEnumerable<string> Links(string html)
    {
        foreach (Match match in LinkPattern().Matches(html))
        {
            var link = WebUtility.HtmlDecode(match.Groups["url"].Value).Split('#')[0];
            if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !_skipped.Any(s => link.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                yield return link;
            }
        }
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
