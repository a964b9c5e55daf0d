using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Organizers invite by e-mail; the signed link accepts (with a confirmed account) or declines; forged, repeated and withdrawn answers are refused.</summary>
[Collection(AppCollection.Name)]
public sealed class InvitationTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    /// <summary>A page with a form, for the antiforgery token of a post where the invitation page, answered, has none.</summary>
    private const string AnyForm = "/account/login";

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_batch_invites_the_valid_lines_reports_the_rest_and_keeps_them_in_the_box()
    {
        var organizer = await app.CreateUserAsync("olga@example.org", name: "Olga Organizer");
        var rita = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        await app.AddReviewerAsync(call.Id, rita.Id);
        using var olga = await app.SignedInAsync("olga@example.org");

        using var first = await olga.InviteAsync(call.Id, "Ada Lovelace <Ada@Uni-A.edu>\n\nbob@uni-b.edu\nnot an address\nCarl <carl@uni-c.edu\nRITA@uni-a.edu\nada@uni-a.edu\n");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.HtmlAsync();
        Assert.Contains("Invited 2: ada@uni-a.edu, bob@uni-b.edu.", html);
        Assert.Contains("Line 4, <code>not an address</code>: \"not an address\" is not an e-mail address.", html);
        Assert.Contains("Line 5, <code>Carl <carl@uni-c.edu</code>: Close the address with \">\"", html);
        Assert.Contains("Line 7, <code>ada@uni-a.edu</code>: ada@uni-a.edu is on line 1 already.", html);
        Assert.Contains("rita@uni-a.edu (Rita Reviewer) is a reviewer of this call already.", html);
        Assert.Contains(">not an address\nCarl <carl@uni-c.edu\nada@uni-a.edu</textarea>", html);

        await app.DeliverMailAsync();
        var mail = Assert.Single(app.Smtp.To("ada@uni-a.edu"));
        Assert.Equal("DeepMath 2025: invitation to review", mail.Subject);
        Assert.Contains("Olga Organizer invites you to review for DeepMath 2025 (Call for abstracts)", mail.TextBody);
        Assert.Single(app.Smtp.To("bob@uni-b.edu"));
        Assert.Equal(2, app.Smtp.Messages.Count);
        Assert.Equal("Ada Lovelace", (await app.InvitationAsync("ada@uni-a.edu")).Name);

        using var again = await olga.InviteAsync(call.Id, "ada@uni-a.edu\nnope");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        html = await again.HtmlAsync();
        Assert.Contains("Nobody was invited.", html);
        Assert.Contains("ada@uni-a.edu is invited already and has not answered", html);

        using var empty = await olga.InviteAsync(call.Id, "  \n ");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Write at least one person to invite", await empty.HtmlAsync());

        using var eve = await app.SignedInAsync("rita@uni-a.edu");
        using var stranger = await eve.PostFormAsync("/reviewing", $"/calls/{call.Id}/reviewers/invitations", new Dictionary<string, string> { ["people"] = "x@y.org" });
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        var (_, list) = await olga.GetAsync($"/calls/{call.Id}/reviewers");
        Assert.Contains("pending, 0 reminder(s) sent", list);
        Assert.DoesNotContain("x@y.org", list);
    }

    [Fact]
    public async Task The_link_accepts_after_signing_in_declines_without_an_account_and_refuses_forgeries_and_second_answers()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        using var olga = await app.SignedInAsync("olga@example.org");
        using var _ = await olga.InviteAsync(call.Id, "Ada <ada@uni-a.edu>\nbob@uni-b.edu");
        var adaLink = await app.InvitationLinkAsync("ada@uni-a.edu");
        var bobLink = await app.InvitationLinkAsync("bob@uni-b.edu");
        Assert.NotEqual(adaLink, bobLink);
        Assert.DoesNotContain((await app.InvitationAsync("ada@uni-a.edu")).Id.ToString("N"), adaLink.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

        // Anonymous: the page offers sign-in and registration that come back here; accepting sends to sign-in.
        using var visitor = app.NewSession();
        var (status, page) = await visitor.GetAsync(adaLink);
        Assert.Equal(HttpStatusCode.OK, status);
        var back = Uri.EscapeDataString(adaLink);
        Assert.Contains($"/account/login?returnUrl={back}", page);
        Assert.Contains($"/account/register?returnUrl={back}", page);
        using var anonymousAccept = await visitor.PostFormAsync(adaLink, $"{adaLink}/accept", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, anonymousAccept.StatusCode);
        Assert.Equal($"/account/login?returnUrl={back}", anonymousAccept.Headers.Location!.OriginalString);

        await app.CreateUserAsync("ada.lovelace@gmail.com", name: "Ada Lovelace");
        using var signedIn = await visitor.PostFormAsync($"/account/login?returnUrl={back}", "/account/login",
            new Dictionary<string, string> { ["Email"] = "ada.lovelace@gmail.com", ["Password"] = TestData.Password, ["ReturnUrl"] = adaLink });
        Assert.Equal(adaLink, signedIn.Headers.Location!.OriginalString);
        using var accepted = await visitor.PostFormAsync(adaLink, $"{adaLink}/accept", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/calls/{call.Id}/reviewing/profile", accepted.Headers.Location!.OriginalString);
        Assert.Contains("Thank you: you are a reviewer of the Call for abstracts.", (await visitor.GetAsync($"/calls/{call.Id}/reviewing/profile")).Html);
        var invitation = await app.InvitationAsync("ada@uni-a.edu");
        Assert.Equal(InvitationState.Accepted, invitation.State);
        Assert.NotNull(invitation.UserId);
        Assert.True(await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Reviewers.AnyAsync(r => r.CallId == call.Id && r.UserId == invitation.UserId)));

        using var twice = await visitor.PostFormAsync(AnyForm, $"{adaLink}/accept", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("This invitation was accepted on 2025-08-20. There is nothing more to answer.", await twice.HtmlAsync());
        using var declineAfterAccept = await visitor.PostFormAsync(AnyForm, $"{adaLink}/decline", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, declineAfterAccept.StatusCode);
        Assert.Equal(InvitationState.Accepted, (await app.InvitationAsync("ada@uni-a.edu")).State);

        // Declining needs no account.
        using var bob = app.NewSession();
        using var declined = await bob.PostFormAsync(bobLink, $"{bobLink}/decline", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Contains("You declined the invitation.", await declined.HtmlAsync());
        using var declinedTwice = await bob.PostFormAsync(AnyForm, $"{bobLink}/decline", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, declinedTwice.StatusCode);
        Assert.Contains("This invitation was declined on 2025-08-20.", await declinedTwice.HtmlAsync());

        // A changed character, a made-up token or another invitation's id: "not valid", and nothing changes.
        var token = bobLink["/invitations/".Length..];
        var altered = "/invitations/" + token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];
        foreach (var forged in new[] { altered, "/invitations/" + invitation.Id, "/invitations/AAAA" })
        {
            var (forgedStatus, forgedPage) = await bob.GetAsync(forged);
            Assert.Equal(HttpStatusCode.NotFound, forgedStatus);
            Assert.Contains("This invitation link is not valid", forgedPage);
            using var forgedPost = await bob.PostFormAsync(AnyForm, $"{forged}/accept", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.NotFound, forgedPost.StatusCode);
        }
        Assert.Equal(InvitationState.Declined, (await app.InvitationAsync("bob@uni-b.edu")).State);

        var (_, committee) = await olga.GetAsync($"/calls/{call.Id}/reviewers");
        Assert.Matches(@"accepted Wed 20 Aug 2025, \d\d:\d\d \(UTC\)", committee);
        Assert.Matches(@"declined Wed 20 Aug 2025, \d\d:\d\d \(UTC\)", committee);
        Assert.Contains("<td>ada.lovelace@gmail.com</td>", committee);
    }

    [Fact]
    public async Task Withdrawn_invitations_answer_nothing_until_invited_again_and_accepting_needs_a_confirmed_account()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var rita = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        await app.CreateUserAsync("una@uni-u.edu", confirmed: false);
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        await app.AddReviewerAsync(call.Id, rita.Id);
        using var olga = await app.SignedInAsync("olga@example.org");
        using var _ = await olga.InviteAsync(call.Id, "carl@uni-c.edu\nrita.private@gmail.com\nuna@uni-u.edu");
        var carlLink = await app.InvitationLinkAsync("carl@uni-c.edu");
        var carl = await app.InvitationAsync("carl@uni-c.edu");
        var page = $"/calls/{call.Id}/reviewers";

        using var withdrawn = await olga.PostFormAsync(page, $"{page}/invitations/{carl.Id}/withdraw", new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("The invitation is withdrawn", (await olga.GetAsync(page)).Html);
        using var visitor = app.NewSession();
        var (_, carlPage) = await visitor.GetAsync(carlLink);
        Assert.Contains("The organizers have withdrawn this invitation", carlPage);
        Assert.DoesNotContain("/decline\"", carlPage);
        using var late = await visitor.PostFormAsync(AnyForm, $"{carlLink}/decline", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(InvitationState.Withdrawn, (await app.InvitationAsync("carl@uni-c.edu")).State);
        using var withdrawTwice = await olga.PostFormAsync(page, $"{page}/invitations/{carl.Id}/withdraw", new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Contains("not waiting for an answer", (await olga.GetAsync(page)).Html);

        using var invitedAgain = await olga.PostFormAsync(page, $"{page}/invitations/{carl.Id}/resend", new Dictionary<string, string>());
        Assert.Contains("The invitation is sent again to carl@uni-c.edu.", (await olga.GetAsync(page)).Html);
        var newLink = await app.InvitationLinkAsync("carl@uni-c.edu");
        Assert.Contains("Decline the invitation", (await visitor.GetAsync(newLink)).Html);
        Assert.Contains("Decline the invitation", (await visitor.GetAsync(carlLink)).Html); // the first e-mail's link works again too
        Assert.Equal(2, app.Smtp.To("carl@uni-c.edu").Count);
        var reopened = await app.InvitationAsync("carl@uni-c.edu");
        Assert.Equal((InvitationState.Pending, 2), (reopened.State, reopened.Round));
        using var declined = await visitor.PostFormAsync(carlLink, $"{carlLink}/decline", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);

        // Accepting with an unconfirmed account is refused with what to do; the invitation stays open.
        var unaLink = await app.InvitationLinkAsync("una@uni-u.edu");
        using var una = await app.SignedInAsync("una@uni-u.edu");
        Assert.Contains("Your e-mail address is not confirmed yet.", (await una.GetAsync(unaLink)).Html);
        using var unconfirmed = await una.PostFormAsync(unaLink, $"{unaLink}/accept", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, unconfirmed.StatusCode);
        Assert.Contains("Confirm your e-mail address first", await unconfirmed.HtmlAsync());
        Assert.Equal(InvitationState.Pending, (await app.InvitationAsync("una@uni-u.edu")).State);

        // An account on the committee already accepts an invitation sent to another of its addresses: said so, no second membership.
        var ritaLink = await app.InvitationLinkAsync("rita.private@gmail.com");
        using var ritaSession = await app.SignedInAsync("rita@uni-a.edu");
        using var accepted = await ritaSession.PostFormAsync(ritaLink, $"{ritaLink}/accept", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("You were a reviewer of the Call for abstracts already; the invitation is recorded as accepted.",
            WebUtility.HtmlDecode((await ritaSession.GetAsync(accepted.Headers.Location!.OriginalString)).Html));
        Assert.Equal(1, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Reviewers.CountAsync(r => r.UserId == rita.Id)));
        using var resendAccepted = await olga.PostFormAsync(page, $"{page}/invitations/{(await app.InvitationAsync("rita.private@gmail.com")).Id}/resend", new Dictionary<string, string>());
        Assert.Contains("accepted already: nothing to send", WebUtility.HtmlDecode((await olga.GetAsync(page)).Html));
    }

    [Fact]
    public async Task Registering_from_an_invitation_comes_back_to_it()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        using var olga = await app.SignedInAsync("olga@example.org");
        using var _ = await olga.InviteAsync(call.Id, "nina@uni-n.edu");
        var link = await app.InvitationLinkAsync("nina@uni-n.edu");
        using var nina = app.NewSession();
        var back = Uri.EscapeDataString(link);
        var (_, form) = await nina.GetAsync($"/account/register?returnUrl={back}");
        Assert.Contains($"value=\"{link}\"", form);
        using var registered = await nina.PostFormAsync($"/account/register?returnUrl={back}", "/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "Nina", ["Email"] = "nina@uni-n.edu", ["Password"] = TestData.Password, ["ConfirmPassword"] = TestData.Password, ["ReturnUrl"] = link,
        });
        var (_, done) = await nina.GetAsync(registered.Headers.Location!.OriginalString);
        Assert.Contains($"href=\"{link}\"", done);
        // Registering does not sign in (it would tell a new address from a taken one): the Done page's
        // "Sign in" comes back to the invitation.
        Assert.Contains($"/account/login?returnUrl={back}", done);
        using var signedIn = await nina.LoginAsync("nina@uni-n.edu", TestData.Password);
        await app.DeliverMailAsync();
        var confirm = MailLinks.Find(app.Smtp.To("nina@uni-n.edu").Single(m => m.Subject == "DeepMath: confirm your e-mail address"), "/account/confirm");
        Assert.Equal(HttpStatusCode.OK, (await nina.GetAsync(confirm)).Status);
        using var accepted = await nina.PostFormAsync(link, $"{link}/accept", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(InvitationState.Accepted, (await app.InvitationAsync("nina@uni-n.edu")).State);
    }
}
