namespace DeepMath.Web.SharedKernel;

// Shared: every form that asks for a time zone offers the same list, so no zone is ever typed free.

/// <summary>
/// The IANA zones people choose from: the canonical Area/City names of this machine's zone database, grouped
/// by area, plus UTC. Legacy aliases (US/Pacific, Etc/GMT+5, ...) are left out so that each place appears once.
/// </summary>
public static class IanaZones
{
    private static readonly string[] Areas = ["Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"];

    private static readonly Lazy<IReadOnlyList<string>> _all = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.Id)
            .Where(id => Areas.Any(a => id.StartsWith(a + "/", StringComparison.Ordinal)))
            .Append("UTC")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<string> All => _all.Value;

    /// <summary>The zones grouped by their area ("Europe", "Pacific", ...), UTC on its own.</summary>
    public static IEnumerable<IGrouping<string, string>> ByArea() =>
        All.GroupBy(id => id.Contains('/', StringComparison.Ordinal) ? id[..id.IndexOf('/', StringComparison.Ordinal)] : "Universal");

    public static bool IsListed(string? id) => id is not null && All.Contains(id, StringComparer.Ordinal);

    /// <summary>The message for a zone that is not on the list, naming what to do.</summary>
    public static string Unknown(string? id) => string.IsNullOrWhiteSpace(id)
        ? "Choose the time zone from the list, for example Europe/Berlin, America/New_York, Asia/Shanghai or UTC."
        : $"'{id}' is not a time zone we know. Choose one from the list, for example Europe/Berlin, America/New_York, Asia/Shanghai or UTC.";
}
