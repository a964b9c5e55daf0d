using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Support;

/// <summary>Inserts what a test needs, through the application's own services.</summary>
public static class TestData
{
    public const string Password = "correct horse battery";

    public static Task<AppUser> CreateUserAsync(this AppFixture app, string email, bool confirmed = true, string? name = null) =>
        app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = name ?? email.Split('@')[0] };
            var result = await users.CreateAsync(user, Password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            return user;
        });

    /// <summary>An event like DeepMath 2025 with one call; the zone and dates can be changed.</summary>
    public static Task<(Event Event, Call Call)> CreateEventAsync(this AppFixture app, string slug = "deepmath-2025",
        string zone = "America/New_York", DateOnly? opens = null, DateOnly? closes = null, DeadlineZone deadlineZone = DeadlineZone.EventZone,
        string description = "", IEnumerable<string>? organizerIds = null) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var ev = new Event
            {
                Title = "DeepMath 2025", Slug = slug, TimeZoneId = zone, DescriptionMarkdown = description,
                StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7),
                RegistrationOpensOn = new DateOnly(2025, 10, 1), RegistrationClosesOn = new DateOnly(2025, 11, 5),
            };
            var call = new Call
            {
                EventId = ev.Id, Title = "Call for abstracts", DeadlineZone = deadlineZone,
                OpensOn = opens ?? new DateOnly(2025, 7, 1), ClosesOn = closes ?? new DateOnly(2025, 8, 31),
                NotificationOn = new DateOnly(2025, 10, 1), Topics = ["Optimization", "Generalization"], Disciplines = ["Mathematics"],
            };
            db.Events.Add(ev);
            db.Calls.Add(call);
            foreach (var id in organizerIds ?? [])
            {
                db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = id });
            }
            await db.SaveChangesAsync();
            return (ev, call);
        });

    public static Task<Submission> CreateDraftAsync(this AppFixture app, Guid callId, string ownerId, int number, string title = "A draft") =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var draft = new Submission { CallId = callId, OwnerId = ownerId, Number = number, Title = title, State = SubmissionState.Draft };
            db.Submissions.Add(draft);
            await db.SaveChangesAsync();
            return draft;
        });
}
