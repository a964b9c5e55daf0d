using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Decisions.Domain;

namespace DeepMath.Web.Modules.Decisions.Emails;

/// <summary>
/// The notification of a decision to one listed author, from the organizers' template for the outcome
/// (or <see cref="DefaultTemplates"/>) with its placeholders filled. Each blank-line-separated block of the
/// body is a paragraph; the submission's page, with the reviews and the letter, is the call to action.
/// </summary>
public static class DecisionEmail
{
    public static EmailMessage Create(string subjectTemplate, string bodyTemplate, IReadOnlyDictionary<string, string> values,
        string address, string name, string submissionUrl, bool test = false)
    {
        var email = new EmailTemplate();
        var body = Placeholders.Fill(bodyTemplate.Replace("\r\n", "\n", StringComparison.Ordinal), values);
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            email.Paragraph(block);
        }
        email.Action("Your submission, its decision and reviews", submissionUrl);
        var subject = Placeholders.Fill(subjectTemplate, values).ReplaceLineEndings(" ").Trim();
        return email.To(address, name, test ? "[Test] " + subject : subject);
    }
}
