using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>Configuration section "Decisions": how decision notifications are paced.</summary>
public sealed class DecisionsOptions
{
    public const string Section = "Decisions";

    /// <summary>
    /// Notifications handed to the mail server per minute; 0 sends as fast as the outbox goes. A large batch
    /// spread over time keeps the sending domain's reputation (mail providers throttle sudden bursts).
    /// </summary>
    [Range(0, 100_000)]
    public int NotificationsPerMinute { get; set; } = 60;

    /// <summary>Decisions queued per transaction: a restart loses at most one uncommitted batch, which the next run redoes.</summary>
    [Range(1, 5_000)]
    public int BatchSize { get; set; } = 200;
}
