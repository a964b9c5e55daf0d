namespace DeepMath.Web.SharedKernel;

// Shared: every module that shows a deadline names its zone the same way.

public static class TimeZones
{
    /// <summary>Anywhere on Earth: a fixed UTC−12 with no daylight saving.</summary>
    public static readonly TimeZoneInfo AnywhereOnEarth =
        TimeZoneInfo.CreateCustomTimeZone("AoE", TimeSpan.FromHours(-12), "Anywhere on Earth (UTC−12)", "AoE");

    /// <summary>How a deadline's zone is named on pages and in e-mails.</summary>
    public static string DisplayName(TimeZoneInfo zone) =>
        zone == AnywhereOnEarth ? "Anywhere on Earth (UTC−12)" : zone.Id;

    public static bool IsKnown(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static TimeZoneInfo Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new ArgumentException($"'{id}' is not a known IANA time zone.", nameof(id));
}
