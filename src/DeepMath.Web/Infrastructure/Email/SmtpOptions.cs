using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>
/// Configuration section "Smtp" (top level, for docker-compose), held in <see cref="EmailOptions.Smtp"/>: its
/// messages name the settings themselves, since their path in EmailOptions is not where they are set.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Smtp:Port must be between {1} and {2}: set Smtp__Port to the SMTP server's port (25, 465 or 587, usually).")]
    public int Port { get; set; } = 25;

    public bool UseTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(1, 300, ErrorMessage = "Smtp:TimeoutSeconds must be between {1} and {2}.")]
    public int TimeoutSeconds { get; set; } = 30;
}
