using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Organisations.Emails;

/// <summary>To the applicant, when the supervisor's letter is in: the application is complete.</summary>
public static class LetterReceivedEmail
{
    public static EmailMessage Create(string address, string applicantName, string supervisorName, string awardName, string applicationUrl) =>
        new EmailTemplate()
            .Paragraph($"Hello {applicantName},")
            .Paragraph($"{supervisorName}'s letter for your application to the {awardName} is in. Your application is complete.")
            .Action("See your application", applicationUrl)
            .To(address, applicantName, $"{awardName}: your supervisor's letter is in");
}
