using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>
/// Absolute links for e-mails. In Production they use the configured public address (required there,
/// validated on start). Elsewhere, unless one is configured, they use the address the app actually listens
/// on, so that `run.sh --port 5104` mails links to 5104. Never the request's Host header: that would let
/// anyone send a password-reset link pointing at their own site.
/// </summary>
public sealed class LinkBuilder(IOptions<EmailOptions> options, IServiceProvider services)
{
    /// <summary>Where the command line (no server) or a server that has not started yet points links: ASP.NET Core's default address.</summary>
    public const string FallbackBaseUrl = "http://localhost:5000";

    private Uri? _listening;

    public string Absolute(string relativePath) => new Uri(BaseUri, relativePath.TrimStart('/')).ToString();

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
