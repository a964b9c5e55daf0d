using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Events.Emails;

/// <summary>To organizers and subscribers when a call opens.</summary>
public static class CallOpenedEmail
{
    public static EmailMessage Create(string address, string name, string eventTitle, string callTitle, string deadline, string callUrl) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph($"The {callTitle} of {eventTitle} is open. Submissions close {deadline}.")
            .Action("Read the call", callUrl)
            .To(address, name, $"{eventTitle}: {callTitle} is open — deadline {deadline}");
}
