using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>Every request of a page that failed or got an error status or an empty asset: a stylesheet that 404s leaves a page that "works" but looks broken.</summary>
public sealed class BrokenResources
{
    private readonly ConcurrentQueue<(string Problem, string Url)> _broken = new();
    private readonly ConcurrentDictionary<string, bool> _downloaded = new();

    public BrokenResources(IPage page)
    {
        page.Response += (_, response) =>
        {
            // MapStaticAssets answers 200 with an empty body when its manifest names a file it cannot find.
            var empty = response.Request.ResourceType is "stylesheet" or "script" or "image"
                && response.Headers.TryGetValue("content-length", out var length) && length == "0";
            if (response.Status >= 400 || empty)
            {
                _broken.Enqueue(($"{response.Status}", response.Url));
            }
        };
        page.RequestFailed += (_, request) => _broken.Enqueue((request.Failure ?? "failed", request.Url));
        // A link to a file becomes a download, and Chromium aborts the navigation it started as.
        page.Download += (_, download) => _downloaded[download.Url] = true;
    }

    public IReadOnlyList<string> All => [.. _broken.Where(b => !(b.Problem == "net::ERR_ABORTED" && _downloaded.ContainsKey(b.Url))).Select(b => $"{b.Problem} {b.Url}")];
}
