using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed class CoOrganizerTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_organizer_names_a_co_organizer_without_the_site_admin_and_cannot_remove_the_last_one()
    {
        var olga = await app.CreateUserAsync("olga@example.org", name: "Olga Organizer");
        var pia = await app.CreateUserAsync("pia@example.org", name: "Pia Partner");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [olga.Id]);
        using var org = app.NewSession();
        await org.LoginAsync("olga@example.org", TestData.Password);
        var page = $"/events/{ev.Slug}/organizers";

        using var added = await org.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["email"] = "PIA@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Pia Partner is an organizer of DeepMath 2025.", (await org.GetAsync(page)).Html);
        using (var pias = app.NewSession())
        {
            await pias.LoginAsync("pia@example.org", TestData.Password);
            Assert.Equal(HttpStatusCode.OK, (await pias.GetAsync($"/events/{ev.Slug}/edit")).Status);
            // Pia removes Olga; then Pia is the last and cannot remove herself.
            await pias.PostFormAsync(page, $"{page}/remove", new Dictionary<string, string> { ["userId"] = olga.Id, ["confirmed"] = "true" });
            using var last = await pias.PostFormAsync(page, $"{page}/remove", new Dictionary<string, string> { ["userId"] = pia.Id, ["confirmed"] = "true" });
            Assert.Contains("the event&#x27;s last organizer", (await pias.GetAsync(page)).Html);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await org.GetAsync(page)).Status);
        Assert.Equal([pia.Id], await OrganizerIdsAsync(ev.Id));
    }

    [Fact]
    public async Task An_address_without_an_account_gets_an_invitation_whose_link_makes_the_new_account_an_organizer()
    {
        var olga = await app.CreateUserAsync("olga@example.org", name: "Olga Organizer");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [olga.Id]);
        using var org = app.NewSession();
        await org.LoginAsync("olga@example.org", TestData.Password);
        var page = $"/events/{ev.Slug}/organizers";
        using var invited = await org.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["email"] = "newcomer@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var (_, list) = await org.GetAsync(page);
        Assert.Contains("an invitation is on its way", list);
        Assert.Contains("newcomer@example.org", list);

        await app.DeliverMailAsync();
        var mail = Assert.Single(app.Smtp.To("newcomer@example.org"));
        Assert.Contains("Olga Organizer has named you an organizer of DeepMath 2025", mail.TextBody);
        var link = MailLinks.Find(mail, "/organizer-invitations/");

        using var visitor = app.NewSession();
        var (status, landing) = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Create your account", landing);
        Assert.Empty(await OrganizerIdsAsync(ev.Id, except: olga.Id));

        var unconfirmed = await app.CreateUserAsync("newcomer@example.org", confirmed: false, name: "Nina Newcomer");
        await visitor.LoginAsync("newcomer@example.org", TestData.Password);
        using var refused = await visitor.PostFormAsync(link, link, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            await db.Users.Where(u => u.Id == unconfirmed.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.EmailConfirmed, true));
            return 0;
        });
        using var accepted = await visitor.PostFormAsync(link, link, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal([unconfirmed.Id], await OrganizerIdsAsync(ev.Id, except: olga.Id));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/events/{ev.Slug}/edit")).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/organizer-invitations/not-a-token")).Status);
    }

    private Task<List<string>> OrganizerIdsAsync(Guid eventId, string? except = null) => app.WithScopeAsync(s =>
        s.GetRequiredService<DeepMathDbContext>().EventOrganizers.Where(o => o.EventId == eventId && o.UserId != except).Select(o => o.UserId).ToListAsync());
}
