using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Infrastructure.Email.Delivery;

/// <summary>Configuration section "Email:Delivery": the delivery loop each instance runs.</summary>
public sealed class DeliveryOptions
{
    /// <summary>SMTP connections used in parallel by one instance; each needs one connection of Database:DeliveryPoolSize.</summary>
    [Range(1, 32)]
    public int Connections { get; set; } = 4;

    /// <summary>
    /// How long a claimed message stays with its claimer while that claimer's database session lives. A
    /// lease whose session is gone (process killed, database restarted) is free at once.
    /// </summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>Messages claimed per statement by one SMTP connection.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>The poll that backs up LISTEN/NOTIFY: catches paced messages and retries as they fall due.</summary>
    [Range(1, 300)]
    public int PollSeconds { get; set; } = 5;
}
