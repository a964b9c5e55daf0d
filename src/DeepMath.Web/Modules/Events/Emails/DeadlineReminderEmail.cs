using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Events.Emails;

/// <summary>To authors with unfinished drafts, 72 h and 24 h before a call closes.</summary>
public static class DeadlineReminderEmail
{
    public static EmailMessage Create(string address, string name, string eventTitle, int hoursLeft, int drafts, string deadline, string submissionsUrl) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph($"You have {drafts} unfinished draft{(drafts == 1 ? string.Empty : "s")} for {eventTitle}. The call closes {deadline}, in about {hoursLeft} hours; a draft that is not submitted by then is not reviewed.")
            .Action("Finish your submission", submissionsUrl)
            .To(address, name, $"{eventTitle}: {hoursLeft} hours left to submit your draft");
}
