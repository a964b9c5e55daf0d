using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using UglyToad.PdfPig;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// Follows every same-site link, image, script and GET form reachable from the start pages, breadth
/// first, and throws <see cref="BlindLeakException"/> at the first response that names a secret.
/// Bodies are searched raw and HTML-decoded; PDFs also through their extracted text and metadata.
/// </summary>
public sealed partial class BlindCrawler(WebSession session, IReadOnlyList<string> secrets, int pageLimit)
{
    private static readonly string[] _skipped = ["/account/logout", "/hangfire"];

    public async Task<IReadOnlyCollection<string>> CrawlAsync(IEnumerable<string> starts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var start in starts)
        {
            if (seen.Add(start))
            {
                queue.Enqueue(start);
            }
        }
        while (queue.TryDequeue(out var url))
        {
            if (seen.Count > pageLimit)
            {
                throw new InvalidOperationException($"The crawl passed {pageLimit} addresses; is a link generating new ones forever?");
            }
            foreach (var link in await VisitAsync(url))
            {
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }
        return seen;
    }

    private async Task<IEnumerable<string>> VisitAsync(string url)
    {
        using var response = await session.Client.GetAsync(url);
        // A page that fails shows nothing, so it would pass unseen: a server error ends the crawl.
        if ((int)response.StatusCode >= 500)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
        }
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
        Inspect(url, "headers", headers);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (type == "application/pdf" || bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            InspectPdf(url, bytes);
            return [];
        }
        var text = Encoding.UTF8.GetString(bytes);
        Inspect(url, "body", text);
        Inspect(url, "decoded body", WebUtility.HtmlDecode(text));
        Inspect(url, "latin-1 body", Encoding.Latin1.GetString(bytes));
        return type.Contains("html", StringComparison.Ordinal) ? Links(text) : [];
    }

    private void InspectPdf(string url, byte[] bytes)
    {
        Inspect(url, "PDF bytes", Encoding.Latin1.GetString(bytes));
        using var document = PdfDocument.Open(bytes);
        var info = document.Information;
        Inspect(url, "PDF information", string.Join("\n", info.Author, info.Title, info.Subject, info.Keywords, info.Creator, info.Producer));
        if (document.TryGetXmpMetadata(out var xmp))
        {
            Inspect(url, "PDF XMP", Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()));
        }
        Inspect(url, "PDF text", string.Join("\n", document.GetPages().Select(p => p.Text)));
    }

    private void Inspect(string url, string where, string text)
    {
        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.OrdinalIgnoreCase))
            {
                throw new BlindLeakException($"\"{secret}\" appears in the {where} of {url}.");
            }
        }
    }

    private static IEnumerable<string> Links(string html)
    {
        foreach (Match match in LinkPattern().Matches(html))
        {
            var link = WebUtility.HtmlDecode(match.Groups["url"].Value);
            if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            link = link.Split('#')[0];
            if (link.Length > 0 && !_skipped.Any(s => link.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                yield return link;
            }
        }
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
