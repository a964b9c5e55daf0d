using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>
/// What the award tests start from: the test organisation managed by Olga (olga@example.org), signed in, with an award
/// round she created through its form, and applicants signed in as they are asked for. Disposing it closes every session.
/// </summary>
public sealed class AwardRound : IDisposable
{
    private readonly AppFixture _app;
    private readonly List<WebSession> _sessions = [];

    private AwardRound(AppFixture app, WebSession manager, Guid callId)
    {
        _app = app;
        Manager = manager;
        CallId = callId;
        _sessions.Add(manager);
    }

    /// <summary>Olga's session.</summary>
    public WebSession Manager { get; }

    public Guid CallId { get; }

    public static async Task<AwardRound> OpenAsync(AppFixture app)
    {
        var manager = await app.CreateUserAsync("olga@example.org");
        await app.CreateOrganisationAsync(manager.Id);
        var session = app.NewSession();
        try
        {
            await session.LoginAsync("olga@example.org", TestData.Password);
            return new AwardRound(app, session, await session.CreateRoundAsync());
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>A new account with this address and name, signed in.</summary>
    public async Task<WebSession> ApplicantAsync(string email, string name)
    {
        await _app.CreateUserAsync(email, name: name);
        var session = _app.NewSession();
        _sessions.Add(session);
        await session.LoginAsync(email, TestData.Password);
        return session;
    }

    public void Dispose()
    {
        foreach (var session in _sessions)
        {
            session.Dispose();
        }
    }
}
