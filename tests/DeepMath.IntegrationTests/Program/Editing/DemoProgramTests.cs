using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Demo;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Program.Editing;

/// <summary>The demo's DeepMath 2025 has a released program for both days, seeded once.</summary>
[Collection(AppCollection.Name)]
public sealed class DemoProgramTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_program_has_both_days_talks_two_poster_sessions_an_invited_talk_a_panel_and_breaks()
    {
        var logins = await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());

        var releases = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().ProgramReleases.AsNoTracking().ToListAsync());
        var program = Assert.Single(releases).Snapshot;
        Assert.Equal([new DateOnly(2025, 11, 6), new DateOnly(2025, 11, 7)], program.Sessions.Select(s => s.Day).Distinct());
        Assert.Equal(2, program.Sessions.Count(s => s.Kind == SessionKind.PosterSession));
        Assert.All(program.Sessions.Where(s => s.Kind == SessionKind.PosterSession), s =>
            Assert.Equal(Enumerable.Range(1, s.Items.Count), s.Items.Select(i => i.BoardNumber!.Value)));
        Assert.Contains(program.Items(), p => p.Item.Kind == ItemKind.InvitedTalk);
        // The invited talk's speaker is a profile, with a photo, reused across events.
        var invited = program.Items().Single(p => p.Item.Kind == ItemKind.InvitedTalk).Item;
        Assert.Equal(DemoInvitedSpeaker.Id, invited.SpeakerId);
        using (var visitor = app.NewSession())
        {
            var (_, itemPage) = await visitor.GetAsync($"/events/deepmath-2025/program/items/{invited.Id}");
            Assert.Contains($"src=\"/speakers/{DemoInvitedSpeaker.Id}/photo\"", itemPage);
            Assert.Contains(DemoInvitedSpeaker.Name, (await visitor.GetAsync($"/speakers/{DemoInvitedSpeaker.Id}")).Html);
        }
        Assert.Contains(program.Items(), p => p.Item.Kind == ItemKind.Panel && p.Item.People.Count(x => x.Role == PersonRole.Panelist) == 3);
        Assert.True(program.Sessions.Count(s => s.Kind == SessionKind.Break) >= 4);
        Assert.Equal(40, program.Items().Count(p => p.Item.SubmissionId is not null));
        Assert.Contains(program.Items(), p => p.Item.Title.Contains("$\\mathbb{R}^d$"));
        Assert.Empty(ProgramChecks.Clashes(program));
        Assert.Empty(ProgramChecks.Warnings(program, null));

        // The demo author presents the first abstract and sees the slot; the organizer's editor opens on the whole program.
        using var alan = app.NewSession();
        var author = logins.First(l => l.Role == "author");
        await alan.LoginAsync(author.Email, author.Password);
        var (_, mine) = await alan.GetAsync("/submissions");
        var first = Regex.Match(mine, "href=\"/submissions/([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Contains("data-testid=\"program-slot\"", (await alan.GetAsync($"/submissions/{first}")).Html);
        using var olga = app.NewSession();
        var organizer = logins.Single(l => l.Role == "organizer");
        await olga.LoginAsync(organizer.Email, organizer.Password);
        var (status, editor) = await olga.GetAsync(ProgramSetup.Editor);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Poster session 2", editor);
        Assert.Contains("Not placed yet (0)", editor);
    }
}
