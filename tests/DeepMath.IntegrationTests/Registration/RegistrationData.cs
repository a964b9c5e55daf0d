using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Registration;

/// <summary>Registration set-up and reads for tests: settings and ticket types as an organizer would save them.</summary>
public static class RegistrationData
{
    /// <summary>Inside DeepMath 2025's registration window (2025-10-01 to 2025-11-05, America/New_York).</summary>
    public static readonly DateTimeOffset Open = new(2025, 10, 15, 12, 0, 0, TimeSpan.Zero);

    public static Task<IReadOnlyList<TicketType>> SetUpRegistrationAsync(this AppFixture app, Guid eventId, int capacity, params (string Name, decimal Fee, int? Cap)[] types) =>
        app.WithScopeAsync<IReadOnlyList<TicketType>>(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            db.RegistrationSettings.Add(new RegistrationSettings { EventId = eventId, Capacity = capacity, Currency = "USD" });
            var list = (types.Length == 0 ? [("Academic", 250m, (int?)null)] : types)
                .Select((t, i) => new TicketType { EventId = eventId, Name = t.Name, Fee = t.Fee, Cap = t.Cap, SortOrder = i })
                .ToList();
            db.TicketTypes.AddRange(list);
            await db.SaveChangesAsync();
            return list;
        });

    public static Dictionary<string, string> Form(TicketType type, string name, string? code = null, bool consent = true) => new()
    {
        ["TicketTypeId"] = type.Id.ToString(), ["BadgeName"] = name, ["Affiliation"] = "University of Somewhere", ["Country"] = "Canada",
        ["CareerStage"] = "Postdoc", ["Dietary"] = "vegetarian", ["ListConsent"] = consent ? "true" : "false", ["Code"] = code ?? string.Empty,
    };

    public static Task<List<Web.Modules.Registration.Domain.EventRegistration>> RegistrationsAsync(this AppFixture app, Guid eventId) =>
        app.WithScopeAsync(services => services.GetRequiredService<DeepMathDbContext>().Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId).OrderBy(r => r.CreatedAt).ThenBy(r => r.WaitNumber).ToListAsync());

    /// <summary>The registration e-mails of an event in the outbox: the registration each names, its kind (confirmed, waitlisted, ...) and its number of attachments.</summary>
    public static Task<List<(Guid RegistrationId, string Kind, int Attachments)>> RegistrationMailsAsync(this AppFixture app, Guid eventId) =>
        app.WithScopeAsync(async services =>
        {
            var rows = await services.GetRequiredService<DeepMathDbContext>().OutboxMessages.AsNoTracking()
                .Where(m => m.EventId == eventId && m.IdempotencyKey.StartsWith("registration:"))
                .Select(m => new { m.IdempotencyKey, Attachments = m.Attachments.Count }).ToListAsync();
            return rows.Select(m => m.IdempotencyKey.Split(':')).Zip(rows, (key, m) => (Guid.Parse(key[1]), key[2], m.Attachments)).ToList();
        });

    public static Task<IReadOnlyList<Guid>> PromoteAsync(this AppFixture app, Guid eventId) =>
        app.WithScopeAsync(services => services.GetRequiredService<PromoteWaitingListJob>().RunAsync(eventId, CancellationToken.None));

    /// <summary>Signs in a new account and returns its session.</summary>
    public static async Task<WebSession> SignedInAsync(this AppFixture app, string email, string? name = null)
    {
        var user = await app.CreateUserAsync(email, name: name);
        var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);
        return session;
    }

    public static Task<HttpResponseMessage> RegisterAsync(this WebSession session, string slug, Dictionary<string, string> form) =>
        session.PostFormAsync($"/events/{slug}/register", form);
}
