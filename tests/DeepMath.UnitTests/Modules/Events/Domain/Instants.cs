using System.Globalization;

namespace DeepMath.UnitTests.Modules.Events.Domain;

/// <summary>Turns readable text into instants, so that expected values are written the way the design states them.</summary>
public static class Instants
{
    public static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>The instant at which a wall clock in <paramref name="zone"/> shows <paramref name="localIso"/>.</summary>
    public static DateTimeOffset Local(string localIso, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(DateTime.Parse(localIso, CultureInfo.InvariantCulture), DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    public static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
