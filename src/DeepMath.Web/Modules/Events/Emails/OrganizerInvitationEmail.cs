using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Events.Emails;

/// <summary>To an address named as organizer that has no account yet: a link to make the account and become organizer.</summary>
public static class OrganizerInvitationEmail
{
    public static EmailMessage Create(string address, string invitedBy, string eventTitle, string url) =>
        new EmailTemplate()
            .Paragraph("Hello,")
            .Paragraph($"{invitedBy} has named you an organizer of {eventTitle} on DeepMath, the conference management site of the event.")
            .Paragraph($"Create your account with this address ({address}), confirm it from the e-mail that follows, and open the link below again to become an organizer. The link is personal: do not forward it.")
            .Action("Become an organizer", url)
            .To(address, null, $"{eventTitle}: you are invited to organize");
}
