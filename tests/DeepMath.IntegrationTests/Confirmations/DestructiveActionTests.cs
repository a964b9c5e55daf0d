using System.Net;
using DeepMath.IntegrationTests.Registration;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Confirmations;

/// <summary>
/// Destructive posts act only after the confirmation page (one shared pattern): a post without its "confirmed" field shows
/// what follows and changes nothing; the page's own form then posts the same fields with it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DestructiveActionTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Cancelling_a_paid_checked_in_registration_says_so_first_and_acts_only_when_confirmed()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 300);
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada"));
        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Registrations.Where(r => r.EventId == ev.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.PaidAt, app.Clock.GetUtcNow()).SetProperty(r => r.CheckedInAt, app.Clock.GetUtcNow())));

        var page = $"/events/{ev.Slug}/registration";
        using var asked = await ada.PostFormAsync(page, $"{page}/cancel", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var html = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Cancel your registration for", html, StringComparison.Ordinal);
        Assert.Contains("The fee was paid", html, StringComparison.Ordinal);
        Assert.Contains("already checked in", html, StringComparison.Ordinal);
        Assert.Equal(RegistrationState.Confirmed, Assert.Single(await app.RegistrationsAsync(ev.Id)).State);

        using var confirmed = await ada.PostFormAsync(page, $"{page}/cancel", new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(RegistrationState.Cancelled, Assert.Single(await app.RegistrationsAsync(ev.Id)).State);
    }

    [Fact]
    public async Task Removing_a_reviewer_and_withdrawing_an_invitation_ask_first_and_keep_everything_until_confirmed()
    {
        var organizer = await app.CreateUserAsync("olga@example.org", name: "Olga Organizer");
        await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var page = $"/calls/{call.Id}/reviewers";
        using var olga = app.NewSession();
        await olga.LoginAsync("olga@example.org", TestData.Password);
        await olga.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["email"] = "rita@uni-a.edu" });
        var reviewerId = System.Text.RegularExpressions.Regex.Match((await olga.GetAsync(page)).Html, "name=\"reviewerId\" value=\"([^\"]+)\"").Groups[1].Value;

        using var asked = await olga.PostFormAsync(page, $"{page}/remove", new Dictionary<string, string> { ["reviewerId"] = reviewerId });
        var html = await asked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Remove this reviewer from the committee?", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"reviewerId\" value=\"{reviewerId}\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>rita@uni-a.edu</td>", (await olga.GetAsync(page)).Html, StringComparison.Ordinal);

        using var invited = await olga.PostFormAsync(page, $"{page}/invitations", new Dictionary<string, string> { ["people"] = "Carl New <carl@uni-c.edu>" });
        var invitationId = await app.WithScopeAsync(async s => await s.GetRequiredService<DeepMathDbContext>().ReviewerInvitations.Select(i => i.Id).SingleAsync());
        using var withdrawAsked = await olga.PostFormAsync(page, $"{page}/invitations/{invitationId}/withdraw", new Dictionary<string, string>());
        Assert.Contains("Withdraw this invitation?", await withdrawAsked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var state = await app.WithScopeAsync(async s => await s.GetRequiredService<DeepMathDbContext>().ReviewerInvitations.Select(i => i.State).SingleAsync());
        Assert.Equal(DeepMath.Web.Modules.Reviewing.Domain.InvitationState.Pending, state);
    }
}
