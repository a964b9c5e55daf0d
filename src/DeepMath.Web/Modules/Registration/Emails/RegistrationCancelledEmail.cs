using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Registration.Emails;

/// <summary>To an attendee whose registration is cancelled, by themselves or by the organizers.</summary>
public static class RegistrationCancelledEmail
{
    public static EmailMessage Create(string address, string name, string eventTitle, bool byOrganizer, string url) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph(byOrganizer
                ? $"The organizers of {eventTitle} have cancelled your registration. Reply to them if you think this is a mistake."
                : $"Your registration for {eventTitle} is cancelled, as you asked. Your ticket is no longer valid.")
            .Action("Registration page", url)
            .To(address, name, $"{eventTitle}: registration cancelled");
}
