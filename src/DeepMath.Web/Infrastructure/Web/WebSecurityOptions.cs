using System.ComponentModel.DataAnnotations;
using System.Net;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>The "WebSecurity" configuration section.</summary>
public sealed class WebSecurityOptions : IValidatableObject
{
    public const string Section = "WebSecurity";

    /// <summary>Marks every cookie Secure. Unset, it is on everywhere but Development (plain http on localhost).</summary>
    public bool? SecureCookies { get; set; }

    /// <summary>
    /// Addresses of reverse proxies or load balancers whose X-Forwarded-For and X-Forwarded-Proto are
    /// believed. Empty (the default): the client address is the connection's, and forwarded headers
    /// are ignored, so that no client can choose the address the sign-in throttle counts.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"WebSecurity:KnownProxies: '{p}' is not an IP address.", [nameof(KnownProxies)]));
}
