using System.Net;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Support;

/// <summary>
/// What one user's browser was shown, screen by screen: the whole markup (attributes, comments, title
/// included) and any other answer the test read, so that a test can say no author's name was in any of it.
/// </summary>
public sealed class SeenPages(IPage page)
{
    private readonly List<(string Where, string Text)> _seen = [];

    public IReadOnlyList<string> Urls => [.. _seen.Select(s => s.Where)];

    /// <summary>Keeps the current page's markup, entities decoded, as it is now.</summary>
    public async Task RecordAsync() => _seen.Add((page.Url, WebUtility.HtmlDecode(await page.ContentAsync())));

    public void Record(string where, string text) => _seen.Add((where, text));

    /// <summary>Each secret found, with where: empty when none of the seen text holds any of them (case ignored).</summary>
    public IReadOnlyList<string> Leaks(IEnumerable<string> secrets) =>
        [.. from secret in secrets
            from seen in _seen
            where seen.Text.Contains(secret, StringComparison.OrdinalIgnoreCase)
            select $"\"{secret}\" on {seen.Where}"];
}
