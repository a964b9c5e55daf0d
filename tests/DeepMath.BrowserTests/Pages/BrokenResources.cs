using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>Every request of a page that failed or got an error status or an empty asset: a stylesheet that 404s leaves a page that "works" but looks broken.</summary>
public sealed class BrokenResources
{
    private readonly ConcurrentQueue<string> _broken = new();

    public BrokenResources(IPage page)
    {
        page.Response += (_, response) =>
        {
            // MapStaticAssets answers 200 with an empty body when its manifest names a file it cannot find.
            var empty = response.Request.ResourceType is "stylesheet" or "script" or "image"
                && response.Headers.TryGetValue("content-length", out var length) && length == "0";
            if (response.Status >= 400 || empty)
            {
                _broken.Enqueue($"{response.Status} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) => _broken.Enqueue($"{request.Failure} {request.Url}");
    }

    public IReadOnlyList<string> All => [.. _broken];
}
