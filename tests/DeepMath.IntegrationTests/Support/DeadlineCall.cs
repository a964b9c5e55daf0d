using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;

namespace DeepMath.IntegrationTests.Support;

/// <summary>
/// DeepMath 2025's call written straight into a database, for an app run as a separate process with its clock on
/// <see cref="ClockStart"/>, the last day of submissions. Shared by the resilience tests and bench/surge.
/// </summary>
public static class DeadlineCall
{
    public const string ClockStart = "2025-08-31T12:00:00Z";

    public static async Task<Guid> CreateAsync(DeepMathDbContext db)
    {
        var ev = new Event
        {
            Title = "DeepMath 2025", Slug = "deepmath-2025", TimeZoneId = "UTC", DescriptionMarkdown = "",
            StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7),
            RegistrationOpensOn = new DateOnly(2025, 10, 1), RegistrationClosesOn = new DateOnly(2025, 11, 5),
        };
        var call = new Call
        {
            EventId = ev.Id, Title = "Call for abstracts", DeadlineZone = DeadlineZone.EventZone,
            OpensOn = new DateOnly(2025, 7, 1), ClosesOn = new DateOnly(2025, 8, 31),
            NotificationOn = new DateOnly(2025, 10, 1), Topics = ["Optimization", "Generalization"], Disciplines = ["Mathematics"],
        };
        db.Events.Add(ev);
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        return call.Id;
    }
}
