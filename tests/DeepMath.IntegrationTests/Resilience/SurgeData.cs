using System.Net;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Passwords;

namespace DeepMath.IntegrationTests.Resilience;

/// <summary>Authors and an open call written straight into a test database, for tests that run the app as a process.</summary>
public static class SurgeData
{
    /// <summary>The clock the app process runs on: inside the call's submission window.</summary>
    public const string ClockStart = DeadlineCall.ClockStart;

    public static async Task<Guid> CreateCallAsync(string connectionString)
    {
        await using var db = ProcessCollection.Db(connectionString);
        return await DeadlineCall.CreateAsync(db);
    }

    /// <summary>Confirmed accounts author0@example.org ... with <see cref="TestData.Password"/> (hashed once: hashing is the slow part).</summary>
    public static async Task<IReadOnlyList<string>> CreateAuthorsAsync(string connectionString, int count)
    {
        var hash = new Argon2idPasswordHasher().HashPassword(new AppUser(), TestData.Password);
        await using var db = ProcessCollection.Db(connectionString);
        var emails = Enumerable.Range(0, count).Select(i => $"author{i}@example.org").ToList();
        db.Users.AddRange(emails.Select(email => new AppUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = email.Split('@')[0],
            CreatedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
        return emails;
    }

    /// <summary>Signs in and submits one abstract with the one-page PDF; returns null on success, else what went wrong.</summary>
    public static async Task<string?> SubmitAsync(AppProcess app, Guid callId, string email, string title)
    {
        using var session = new WebSession(app.NewClient());
        using var login = await session.LoginAsync(email, TestData.Password);
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            return $"login {(int)login.StatusCode}";
        }
        var page = $"/calls/{callId}/submissions/new";
        using var response = await session.PostSubmissionAsync(page, page, SubmissionForms.Fields(title, "submit", (email.Split('@')[0], email)), OnePage.Value);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return null;
        }
        var html = await response.Content.ReadAsStringAsync();
        var errors = System.Text.RegularExpressions.Regex.Match(html, "validation-summary-errors[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline);
        return $"submit {(int)response.StatusCode} {System.Text.RegularExpressions.Regex.Replace(errors.Groups[1].Value, "<[^>]+>|\\s+", " ").Trim()}";
    }

    public static readonly Lazy<byte[]> OnePage = new(() => SubmissionForms.Pdf("ok-one-page.pdf"));
}
