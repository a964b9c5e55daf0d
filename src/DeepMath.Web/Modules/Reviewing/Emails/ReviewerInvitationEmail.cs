using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Reviewing.Emails;

/// <summary>To a person the organizers invite to a call's review committee, with the signed link to answer.</summary>
public static class ReviewerInvitationEmail
{
    /// <param name="reviewPeriod">When the reviewing happens, in a sentence (see <see cref="Invitations.InvitationMailer.ReviewPeriodAsync"/>).</param>
    public static EmailMessage Create(string address, string name, string inviter, string eventTitle, string callTitle, string reviewPeriod, string answerUrl) =>
        new EmailTemplate()
            .Paragraph(name.Length > 0 ? $"Hello {name}," : "Hello,")
            .Paragraph($"{inviter} invites you to review for {eventTitle} ({callTitle}). Abstracts are reviewed double-blind: you will bid on the ones you would like to review and never see who wrote them.")
            .Paragraph(reviewPeriod)
            .Paragraph("Follow the link to accept or decline. Accepting needs a DeepMath account with a confirmed e-mail address (you can create one on the way); declining does not.")
            .Action("Answer the invitation", answerUrl)
            .To(address, name.Length > 0 ? name : null, $"{eventTitle}: invitation to review");
}
