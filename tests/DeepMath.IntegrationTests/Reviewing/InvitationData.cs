using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Helpers of the invitation tests: invite through the committee page, read invitations, find the link in the mail.</summary>
public static class InvitationData
{
    public static async Task<HttpResponseMessage> InviteAsync(this WebSession organizer, Guid callId, string people) =>
        await organizer.PostFormAsync($"/calls/{callId}/reviewers", $"/calls/{callId}/reviewers/invitations", new Dictionary<string, string> { ["people"] = people });

    public static Task<ReviewerInvitation> InvitationAsync(this AppFixture app, string email) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().ReviewerInvitations.AsNoTracking().SingleAsync(i => i.Email == email));

    /// <summary>Delivers the outbox through the SMTP listener and returns the invitation link of the last message to <paramref name="email"/>.</summary>
    public static async Task<string> InvitationLinkAsync(this AppFixture app, string email)
    {
        await app.DeliverMailAsync();
        var message = app.Smtp.To(email).LastOrDefault();
        Assert.True(message is not null, $"No e-mail to {email}.");
        return MailLinks.Find(message!, "/invitations/");
    }

    public static async Task<string> HtmlAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
