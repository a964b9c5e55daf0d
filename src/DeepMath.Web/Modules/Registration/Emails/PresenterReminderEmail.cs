using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Registration.Emails;

/// <summary>To the presenting author of an accepted abstract who has not registered yet.</summary>
public static class PresenterReminderEmail
{
    public static EmailMessage Create(string address, string name, string eventTitle, string title, int days, string deadline, string url) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph($"Your abstract \"{title}\" was accepted for {eventTitle}, and you are its presenting author, but you have not registered yet.")
            .Paragraph($"Registration closes in {days} days, at the end of {deadline}. Your place is guaranteed: presenters' places do not count against the public seats.")
            .Action("Register", url)
            .To(address, name, $"{eventTitle}: please register to present \"{title}\" ({days} days left)");
}
