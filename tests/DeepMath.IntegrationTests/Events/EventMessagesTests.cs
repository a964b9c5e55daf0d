using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Registration;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed partial class EventMessagesTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_message_to_the_attendees_is_previewed_with_its_count_and_sent_once_per_person_however_often_it_is_posted()
    {
        var organizer = await app.CreateUserAsync("org@example.org", name: "Olga Organizer");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 0m, null));
        foreach (var (email, name) in new[] { ("ada@example.org", "Ada Lovelace"), ("bob@example.org", "Bob Babbage") })
        {
            using var attendee = await app.SignedInAsync(email);
            await attendee.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], name));
        }
        using var org = app.NewSession();
        await org.LoginAsync("org@example.org", TestData.Password);
        var page = $"/events/{ev.Slug}/messages";
        var (_, compose) = await org.GetAsync(page);
        var messageId = MessageIdPattern().Match(compose).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["MessageId"] = messageId, ["Group"] = "Attendees", ["Subject"] = "Room change",
            ["Body"] = "The talks move to Hall B.\n\nThe poster session stays in the foyer.",
        };

        using var preview = await org.PostFormAsync(page, $"{page}/preview", fields);
        var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Contains("<strong>2</strong> people receive this message", previewHtml);
        Assert.Contains("Dear Ada Lovelace,", previewHtml);
        Assert.Contains("DeepMath 2025: Room change", previewHtml);
        Assert.Equal(0, await GroupMailsAsync());

        using var sent = await org.PostFormAsync(page, $"{page}/send", fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("on its way to 2 people", (await org.GetAsync(page)).Html);
        using var again = await org.PostFormAsync(page, $"{page}/send", fields);
        Assert.Contains("sent already: none of its 2 recipients gets it twice", WebUtility.HtmlDecode((await org.GetAsync(page)).Html));
        Assert.Equal(2, await GroupMailsAsync());

        await app.DeliverMailAsync();
        var ada = Assert.Single(app.Smtp.To("ada@example.org"), m => m.Subject == "DeepMath 2025: Room change");
        Assert.Contains("The talks move to Hall B.", ada.TextBody);
        Assert.Contains("The poster session stays in the foyer.", ada.TextBody);

        // A new message (a new form) to the same group goes out again.
        var (_, next) = await org.GetAsync(page);
        Assert.NotEqual(messageId, MessageIdPattern().Match(next).Groups[1].Value);
    }

    [Fact]
    public async Task Only_organizers_see_the_message_page_and_an_empty_message_is_refused_with_a_reason()
    {
        var organizer = await app.CreateUserAsync("org@example.org");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var stranger = await app.SignedInAsync("eve@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/events/{ev.Slug}/messages")).Status);

        using var org = app.NewSession();
        await org.LoginAsync("org@example.org", TestData.Password);
        var page = $"/events/{ev.Slug}/messages";
        using var empty = await org.PostFormAsync(page, $"{page}/preview", new Dictionary<string, string> { ["Group"] = "Authors" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Contains("Write a subject.", html);
        Assert.Contains("Write the message.", html);
    }

    private Task<int> GroupMailsAsync() => app.WithScopeAsync(s =>
        s.GetRequiredService<DeepMathDbContext>().OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith("event-message:")));

    [GeneratedRegex("name=\"MessageId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex MessageIdPattern();
}
