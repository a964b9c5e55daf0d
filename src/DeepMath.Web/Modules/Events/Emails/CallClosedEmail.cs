using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Events.Emails;

/// <summary>To organizers when a call closes, with the counts.</summary>
public static class CallClosedEmail
{
    public static EmailMessage Create(string address, string name, string eventTitle, string callTitle, CallSubmissionCounts counts, string eventUrl) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph($"The {callTitle} of {eventTitle} has closed with {counts.Submitted} submitted abstract{(counts.Submitted == 1 ? string.Empty : "s")}; {counts.Drafts} draft{(counts.Drafts == 1 ? " was" : "s were")} never submitted and {counts.Withdrawn} withdrawn.")
            .Action("Open the event", eventUrl)
            .To(address, name, $"{eventTitle}: {callTitle} closed — {counts.Submitted} submitted");
}
