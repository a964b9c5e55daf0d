using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>
/// Absolute links for e-mails, always on the configured public address: a link built from the
/// request's Host header would let anyone send a password-reset link pointing at their own site.
/// </summary>
public sealed class LinkBuilder(IOptions<EmailOptions> options)
{
    public string Absolute(string relativePath) =>
        new Uri(new Uri(options.Value.PublicBaseUrl.TrimEnd('/') + "/"), relativePath.TrimStart('/')).ToString();
}
