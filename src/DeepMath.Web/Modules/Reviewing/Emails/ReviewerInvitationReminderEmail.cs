using System.Globalization;
using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Reviewing.Emails;

/// <summary>To an invited reviewer who has not answered after the call's reminder interval; at most twice.</summary>
public static class ReviewerInvitationReminderEmail
{
    public static EmailMessage Create(string address, string name, string eventTitle, string callTitle, DateTimeOffset invitedAt, string reviewPeriod, string answerUrl) =>
        new EmailTemplate()
            .Paragraph(name.Length > 0 ? $"Hello {name}," : "Hello,")
            .Paragraph($"On {invitedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} you were invited to review for {eventTitle} ({callTitle}), and we have no answer yet.")
            .Paragraph(reviewPeriod)
            .Paragraph("Please accept or decline through the link, so that the organizers can plan the committee.")
            .Action("Answer the invitation", answerUrl)
            .To(address, name.Length > 0 ? name : null, $"Reminder — {eventTitle}: invitation to review");
}
