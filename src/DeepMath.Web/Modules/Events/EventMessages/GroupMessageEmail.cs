using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Events.EventMessages;

/// <summary>An organizers' message to one member of a group: a greeting with their name, the text in its paragraphs, and where it comes from.</summary>
public static class GroupMessageEmail
{
    public static EmailMessage Create(Recipient to, string eventTitle, string subject, string body, string eventUrl)
    {
        var template = new EmailTemplate().Paragraph($"Dear {to.Name},");
        // Blank lines separate paragraphs; single line breaks stay inside one.
        foreach (var paragraph in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            template.Paragraph(paragraph);
        }
        return template
            .Paragraph($"— The organizers of {eventTitle}")
            .Action(eventTitle, eventUrl)
            .To(to.Email, to.Name, $"{eventTitle}: {subject}");
    }
}
