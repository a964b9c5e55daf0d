using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Infrastructure.Email.Delivery;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>Configuration section "Email" (with "Smtp" at the top level for docker-compose: Smtp__Host).</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@deepmath.localhost";

    [Required]
    public string FromName { get; set; } = "DeepMath";

    [Required]
    public string MessageIdDomain { get; set; } = "deepmath.localhost";

    /// <summary>Where Development writes .eml files when no SMTP host is set; relative to the content root.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "../../.data/mail";

    /// <summary>
    /// The public address of the site, used in links inside e-mails. Required in Production (checked on start);
    /// elsewhere, left empty, links follow the address the app listens on (<see cref="LinkBuilder"/>).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Empty, or an absolute http(s) address (a relative one would make every link in every e-mail relative).</summary>
    internal static bool IsValidBaseUrl(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    /// <summary>Bound from the top-level section "Smtp" (Smtp__Host), for docker-compose.</summary>
    [ValidateObjectMembers]
    public SmtpOptions Smtp { get; set; } = new();

    [ValidateObjectMembers]
    public DeliveryOptions Delivery { get; set; } = new();
}
