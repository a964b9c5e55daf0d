using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Submissions.Emails;

/// <summary>To every listed author when an abstract is submitted, and again for each new PDF after that.</summary>
public static class SubmissionReceiptEmail
{
    public static EmailMessage Create(string address, string name, string eventTitle, int number, string title, int version, bool replacement, string sha256, string url) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph(!replacement
                ? $"Submission {number}, \"{title}\", to {eventTitle} is received."
                : $"Submission {number}, \"{title}\", to {eventTitle} is received with a new PDF (version {version}).")
            .Paragraph($"The PDF we hold has SHA-256 {sha256}. You are listed as an author; the owner of the submission can change it until the deadline.")
            .Action("See the submission", url)
            .To(address, name, $"{eventTitle}: submission {number} received — {title}");
}
