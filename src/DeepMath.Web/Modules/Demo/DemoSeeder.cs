using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.CreateAdmin;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Demo;

/// <summary>
/// Seeds DeepMath 2025 and demo accounts, idempotently. Demo passwords are generated on this machine
/// the first time and kept in a file under .data/, never in the repository.
/// </summary>
public sealed class DemoSeeder(
    DeepMathDbContext db, UserManager<AppUser> users, CreateAdminHandler admins, IOptions<DemoOptions> options,
    IHostEnvironment environment, TimeProvider clock, DemoProgramSeeder program, DemoActivitySeeder activity)
{
    public sealed record DemoLogin(string Role, string Email, string Password);

    private static readonly (string Role, string Email, string Name)[] Accounts =
    [
        ("site admin", "admin@deepmath.test", "Ada Admin"),
        ("organizer", "organizer@deepmath.test", "Olga Organizer"),
        ("author", "author1@deepmath.test", "Alan Author"),
        ("author", "author2@deepmath.test", "Amira Author"),
        ("reviewer", "reviewer1@deepmath.test", "Rita Reviewer"),
        ("reviewer", "reviewer2@deepmath.test", "Ravi Reviewer"),
        ("attendee", "attendee@deepmath.test", "Tara Attendee"),
    ];

    public async Task<IReadOnlyList<DemoLogin>> SeedAsync(CancellationToken cancellationToken = default)
    {
        var passwords = await LoadOrCreatePasswordsAsync(cancellationToken);
        var logins = new List<DemoLogin>();
        foreach (var (role, email, name) in Accounts)
        {
            var password = passwords[email];
            await EnsureUserAsync(email, name, password);
            if (role == "site admin")
            {
                await admins.HandleAsync(email);
            }
            logins.Add(new DemoLogin(role, email, password));
        }
        await EnsureEventAsync(cancellationToken);
        await EnsureProgramAsync(cancellationToken);
        await EnsureAttendeeAsync(cancellationToken);
        await DemoModernMlWorkshop.EnsureAsync(db, users, clock.GetUtcNow(), cancellationToken);
        await new DemoMeetings(db, users, clock).SeedAsync(cancellationToken);
        await DemoOrganisation.SeedAsync(db, users, clock.GetUtcNow(), cancellationToken);
        await activity.SeedAsync(DemoEvent.Slug, cancellationToken);
        return logins;
    }

    private async Task EnsureUserAsync(string email, string name, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = clock.GetUtcNow() };
            Check(await users.CreateAsync(user, password));
            return;
        }
        if (!await users.CheckPasswordAsync(user, password))
        {
            // The credentials file was removed: the demo accounts follow the new one.
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
        }
    }

    private async Task EnsureEventAsync(CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(e => e.Slug == DemoEvent.Slug, cancellationToken))
        {
            return;
        }
        var ev = DemoEvent.CreateEvent(clock.GetUtcNow());
        db.Events.Add(ev);
        var call = DemoEvent.CreateCall(ev.Id);
        db.Calls.Add(call);
        var organizer = await users.FindByEmailAsync("organizer@deepmath.test");
        db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = organizer!.Id, AddedAt = clock.GetUtcNow() });
        // The rest of the lifecycle is ready for whoever moves the clock on: a committee, review dates, tickets.
        foreach (var email in new[] { "reviewer1@deepmath.test", "reviewer2@deepmath.test" })
        {
            var reviewer = await users.FindByEmailAsync(email);
            db.Reviewers.Add(new Reviewer { CallId = call.Id, UserId = reviewer!.Id, AddedAt = clock.GetUtcNow(), MaxLoad = 10 });
        }
        db.ReviewSettings.Add(new ReviewSettings { CallId = call.Id, BiddingClosesOn = new DateOnly(2025, 9, 7), ReviewsDueOn = new DateOnly(2025, 9, 24) });
        db.RegistrationSettings.Add(new RegistrationSettings { EventId = ev.Id, Capacity = RegistrationSettings.DefaultCapacity, Currency = "USD" });
        var tickets = new (string Name, decimal Fee)[] { ("Student", 50m), ("Academic", 150m), ("Industry", 300m) };
        for (var i = 0; i < tickets.Length; i++)
        {
            db.TicketTypes.Add(new TicketType { EventId = ev.Id, Name = tickets[i].Name, Fee = tickets[i].Fee, SortOrder = i });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureProgramAsync(CancellationToken cancellationToken)
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == DemoEvent.Slug, cancellationToken);
        var call = await db.Calls.Where(c => c.EventId == ev.Id).OrderBy(c => c.OpensOn).FirstAsync(cancellationToken);
        var author = await users.FindByEmailAsync("author1@deepmath.test");
        var organizer = await users.FindByEmailAsync("organizer@deepmath.test");
        await program.SeedAsync(ev.Id, call.Id, author!.Id, organizer!.Id, cancellationToken);
    }

    /// <summary>A confirmed, paid place at DeepMath 2025, so that the ticket and the book of abstracts can be looked at as an attendee.</summary>
    private async Task EnsureAttendeeAsync(CancellationToken cancellationToken)
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == DemoEvent.Slug, cancellationToken);
        var attendee = await users.FindByEmailAsync("attendee@deepmath.test");
        if (await db.Registrations.AnyAsync(r => r.EventId == ev.Id && r.UserId == attendee!.Id, cancellationToken))
        {
            return;
        }
        var ticket = await db.TicketTypes.Where(t => t.EventId == ev.Id).OrderBy(t => t.SortOrder).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var registration = new Registration.Domain.EventRegistration
        {
            EventId = ev.Id, UserId = attendee!.Id, Email = attendee.Email!, TicketTypeId = ticket.Id, BadgeName = "Tara Attendee",
            Affiliation = "University of Oslo", Country = "Norway", CareerStage = CareerStage.Student, Fee = ticket.Fee, CreatedAt = now,
        };
        registration.Confirm(now);
        registration.Payment = PaymentState.Paid;
        registration.PaidAt = now;
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<string, string>> LoadOrCreatePasswordsAsync(CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.Value.CredentialsFile, environment.ContentRootPath);
        var passwords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(path))
        {
            foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
            {
                var parts = line.Split('\t');
                if (parts.Length == 2)
                {
                    passwords[parts[0]] = parts[1];
                }
            }
        }
        if (Accounts.All(a => passwords.ContainsKey(a.Email)))
        {
            return passwords;
        }
        foreach (var (_, email, _) in Accounts)
        {
            passwords.TryAdd(email, CreateAdminHandler.NewPassword());
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllLinesAsync(path, passwords.Select(p => $"{p.Key}\t{p.Value}"), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return passwords;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding a demo account failed: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
