using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Organisations.Emails;

/// <summary>To the supervisor an applicant names: the link to upload their letter, which works once.</summary>
public static class SupervisorLetterEmail
{
    public static EmailMessage Create(string address, string supervisorName, string applicantName, string thesisTitle, string awardName, string uploadUrl) =>
        new EmailTemplate()
            .Paragraph($"Dear {supervisorName},")
            .Paragraph($"{applicantName} has applied for the {awardName} with the thesis \"{thesisTitle}\" and named you as supervisor. "
                + "The prize committee asks for your letter of support, as a PDF.")
            .Action("Upload your letter", uploadUrl)
            .Paragraph("The link is for this application only and works once: after your letter is in, it opens nothing. "
                + "Do not forward it. If you did not expect this message, ignore it.")
            .To(address, supervisorName, $"{awardName}: letter of support for {applicantName}");
}
