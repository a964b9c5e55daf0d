namespace DeepMath.Web.Modules.Events.Domain;

public static class TimeZones
{
    /// <summary>Anywhere on Earth: a fixed UTC−12 with no daylight saving.</summary>
    public static readonly TimeZoneInfo AnywhereOnEarth =
        TimeZoneInfo.CreateCustomTimeZone("AoE", TimeSpan.FromHours(-12), "Anywhere on Earth (UTC−12)", "AoE");

    public static bool IsKnown(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static TimeZoneInfo Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new ArgumentException($"'{id}' is not a known IANA time zone.", nameof(id));
}
