using System.Net;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Program.Editing;

/// <summary>Hard clashes are refused at save with their reason, and nothing of the change is saved.</summary>
[Collection(AppCollection.Name)]
public sealed class ClashTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_sessions_in_one_room_at_once_are_refused_and_the_first_stays()
    {
        var setup = await app.AcceptedAsync();
        using var olga = await app.OrganizerAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await olga.EditAsync("rooms", new() { ["Name"] = "Hall A", ["Capacity"] = "80" })).StatusCode);
        var hall = (await app.DraftAsync(setup.Call.EventId)).Rooms.Single().Id;
        Assert.Equal(HttpStatusCode.Redirect, (await olga.EditAsync("sessions", ProgramSetup.Session("Morning talks", hall, "09:00", "10:00"))).StatusCode);

        var refused = await olga.EditAsync("sessions", ProgramSetup.Session("Overlapping", hall, "09:30", "10:30"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.BodyAsync();
        Assert.Contains("Not saved: Two sessions are in Hall A at once", html);
        Assert.Contains("value=\"Overlapping\"", html); // the refused form is shown again as typed
        Assert.Equal(["Morning talks"], (await app.DraftAsync(setup.Call.EventId)).Sessions.Select(s => s.Title));
    }

    [Fact]
    public async Task A_presenter_in_two_places_at_once_and_an_item_outside_its_session_are_refused()
    {
        var setup = await app.AcceptedAsync();
        using var olga = await app.OrganizerAsync();
        await olga.EditAsync("sessions", ProgramSetup.Session("Talks", null, "09:00", "09:30"));
        await olga.EditAsync("sessions", ProgramSetup.Session("Invited", null, "09:00", "10:00", "InvitedTalk"));
        var draft = await app.DraftAsync(setup.Call.EventId);
        var (talks, invited) = (draft.Sessions[0].Id, draft.Sessions[1].Id);
        var ada = setup.Submissions[0].Id;
        Assert.Equal(HttpStatusCode.Redirect, (await olga.EditAsync("items/place", new() { ["SessionId"] = $"{talks}", ["SubmissionId"] = $"{ada}", ["Minutes"] = "20" })).StatusCode);

        var twoPlaces = await olga.EditAsync("items/invited", new()
        {
            ["SessionId"] = $"{invited}", ["Title"] = "Keynote", ["Speaker"] = "Ada Lovelace", ["Email"] = "ada@uni-a.edu", ["Minutes"] = "45",
        });
        var tooLong = await olga.EditAsync("items/free", new() { ["SessionId"] = $"{talks}", ["Title"] = "Questions", ["Minutes"] = "15" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, twoPlaces.StatusCode);
        Assert.Contains("Ada Lovelace would be in two places at once", await twoPlaces.BodyAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("&quot;Questions&quot; would run 09:20–09:35, outside its session &quot;Talks&quot; (09:00–09:30)", await tooLong.BodyAsync());
        draft = await app.DraftAsync(setup.Call.EventId);
        Assert.Equal(["Implicit bias of gradient descent"], draft.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task A_save_made_on_a_stale_page_is_refused()
    {
        await app.AcceptedAsync();
        using var olga = await app.OrganizerAsync();
        await olga.EditAsync("rooms", new() { ["Name"] = "Hall A" });

        var stale = await olga.EditAsync("rooms", new() { ["Name"] = "Hall B", ["Revision"] = "0" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("changed elsewhere", await stale.BodyAsync());
    }
}
