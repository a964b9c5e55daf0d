using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.BrowserTests.Registration;

/// <summary>
/// An event of its own with registration open from 2025-09-01 to 2025-10-20 (UTC): Olga organizes, one free
/// "Academic" ticket type is offered, and Ada has an account but is not registered yet.
/// </summary>
public static class RegistrationScene
{
    public const string Password = "a long browser password";
    public const string OrganizerEmail = "olga@registration-flow.example.org";
    public const string OrganizerName = "Olga Organizer";
    public const string AttendeeEmail = "ada@registration-flow.example.edu";
    public const string AttendeeName = "Ada Lovelace";
    public const string EventTitle = "DeepMath Registration Flow 2025";
    public const string EventSlug = "deepmath-registration-flow-2025";
    public const string TicketTypeName = "Academic";

    /// <summary>While registration is open, before the event.</summary>
    public static readonly DateTimeOffset RegistrationTime = new(2025, 9, 10, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The first morning of the event, at the desk.</summary>
    public static readonly DateTimeOffset DeskTime = new(2025, 11, 6, 8, 30, 0, TimeSpan.Zero);

    public static async Task ArrangeAsync(BrowserApp app)
    {
        await app.CreateConfirmedUserAsync(OrganizerEmail, OrganizerName, Password);
        await app.CreateConfirmedUserAsync(AttendeeEmail, AttendeeName, Password);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var organizer = (await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(OrganizerEmail))!;
            var ev = new Event
            {
                Title = EventTitle, Slug = EventSlug, TimeZoneId = "UTC", Venue = "Oslo",
                StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7), CreatedAt = BrowserApp.DemoNow,
                RegistrationOpensOn = new DateOnly(2025, 9, 1), RegistrationClosesOn = new DateOnly(2025, 10, 20),
            };
            db.Events.Add(ev);
            db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = organizer.Id, AddedAt = BrowserApp.DemoNow });
            db.RegistrationSettings.Add(new RegistrationSettings { EventId = ev.Id, Capacity = 50, Currency = "EUR" });
            db.TicketTypes.Add(new TicketType { EventId = ev.Id, Name = TicketTypeName, Fee = 0 });
            return await db.SaveChangesAsync();
        });
    }
}
