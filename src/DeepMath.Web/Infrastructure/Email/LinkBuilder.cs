using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>
/// Absolute links for e-mails. In Production they use the configured public address (required there,
/// validated on start). Elsewhere, unless one is configured, they use the address the app actually listens
/// on, so that `run.sh --port 5104` mails links to 5104. Never the request's Host header: that would let
/// anyone send a password-reset link pointing at their own site. Paths come from the app's routes
/// (<see cref="Action{TController}"/>), never from hand-written strings, so a changed route template changes every
/// mail's link with it, and a link to an action that no longer exists fails where it is built.
/// </summary>
public sealed class LinkBuilder(IOptions<EmailOptions> options, IServiceProvider services)
{
    /// <summary>Where the command line (no server) or a server that has not started yet points links: ASP.NET Core's default address.</summary>
    public const string FallbackBaseUrl = "http://localhost:5000";

    private const string ControllerSuffix = "Controller";

    private Uri? _listening;

    /// <summary>The absolute address of a path the routing made (Url.Action in a controller); not for hand-written paths.</summary>
    public string Absolute(string routedPath) => new Uri(BaseUri, routedPath.TrimStart('/')).ToString();

    /// <summary>
    /// The absolute link to an action of <typeparamref name="TController"/>: route values fill the template, the others
    /// become the query string (escaped), and <paramref name="fragment"/> (without '#') is added last.
    /// </summary>
    public string Action<TController>(string action, object? values = null, string? fragment = null)
        where TController : ControllerBase
    {
        var controller = typeof(TController).Name;
        controller = controller.EndsWith(ControllerSuffix, StringComparison.Ordinal) ? controller[..^ControllerSuffix.Length] : controller;
        var generator = services.GetService<LinkGenerator>()
            ?? throw new InvalidOperationException("Links by route need ASP.NET Core's routing, which this host does not have.");
        var path = generator.GetPathByAction(action, controller, values, fragment: fragment is null ? default : new FragmentString("#" + fragment))
            ?? throw new InvalidOperationException($"No route leads to {controller}.{action} with the values given.");
        return Absolute(path);
    }

    public Uri BaseUri
    {
        get
        {
            var configured = options.Value.PublicBaseUrl;
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return new Uri(configured.TrimEnd('/') + "/");
            }
            return _listening ??= ListeningAddress() ?? new Uri(FallbackBaseUrl + "/");
        }
    }

    /// <summary>The server's first https address, else its first, with a wildcard host (0.0.0.0, [::], +, *) read as localhost; null before the server has started.</summary>
    private Uri? ListeningAddress()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
        {
            return null;
        }
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.First();
        return ToUri(chosen);
    }

    internal static Uri? ToUri(string address)
    {
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return null;
        }
        var rest = address[(schemeEnd + 3)..];
        var hostEnd = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOf(':', StringComparison.Ordinal);
        if (hostEnd <= 0)
        {
            hostEnd = rest.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? slash : rest.Length;
        }
        var host = rest[..hostEnd];
        if (host is "0.0.0.0" or "[::]" or "+" or "*")
        {
            rest = "localhost" + rest[hostEnd..];
        }
        return Uri.TryCreate($"{address[..schemeEnd]}://{rest.TrimEnd('/')}/", UriKind.Absolute, out var uri) ? uri : null;
    }
}
