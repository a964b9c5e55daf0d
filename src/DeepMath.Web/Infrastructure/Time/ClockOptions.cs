using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace DeepMath.Web.Infrastructure.Time;

/// <summary>Configuration section "Clock". Only honoured in Development (and tests).</summary>
public sealed class ClockOptions : IValidatableObject
{
    public const string Section = "Clock";

    /// <summary>An ISO 8601 instant such as 2025-08-20T09:00:00Z to start the clock at, or "now" for real time.</summary>
    public string? Start { get; set; }

    /// <summary>
    /// The real instant at which the clock read <see cref="Start"/>; unset means "when this process started".
    /// Instances started one after the other with the same pair keep the same time (scripts/cluster.sh).
    /// </summary>
    public string? StartedAt { get; set; }

    /// <summary>Start, moved on by the real time elapsed since <see cref="StartedAt"/> when that is set.</summary>
    public DateTimeOffset? ParseStart(DateTimeOffset realNow)
    {
        if (ParseStart() is not { } start)
        {
            return null;
        }
        return string.IsNullOrWhiteSpace(StartedAt) ? start
            : start + (realNow - DateTimeOffset.Parse(StartedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    public DateTimeOffset? ParseStart() =>
        string.IsNullOrWhiteSpace(Start) || Start.Equals("now", StringComparison.OrdinalIgnoreCase)
            ? null
            : DateTimeOffset.Parse(Start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var instant = !string.IsNullOrWhiteSpace(Start) && !Start.Equals("now", StringComparison.OrdinalIgnoreCase);
        if (instant && !DateTimeOffset.TryParse(Start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            yield return new ValidationResult(
                $"Clock:Start '{Start}' is not an instant. Use ISO 8601, for example 2025-08-15T12:00:00Z, or 'now'.",
                [nameof(Start)]);
        }
        if (!string.IsNullOrWhiteSpace(StartedAt) && !DateTimeOffset.TryParse(StartedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            yield return new ValidationResult(
                $"Clock:StartedAt '{StartedAt}' is not an instant. Use ISO 8601, for example 2026-12-04T13:00:00Z, or leave it unset.",
                [nameof(StartedAt)]);
        }
    }
}
