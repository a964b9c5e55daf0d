using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Accounts.Emails;

/// <summary>
/// Sent to the owner of an address when someone registers it again: the form answers as for a new
/// address (it must not tell who has an account), so the owner is the one told.
/// </summary>
public static class RegistrationAttemptEmail
{
    public static EmailMessage Create(string address, string name, string signInUrl, string resetUrl) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph("Someone just tried to create a DeepMath account with this e-mail address, which already has an account. No new account was made and nothing of yours changed.")
            .Paragraph("If it was you, sign in with your password instead; if you have forgotten it, choose a new one:")
            .Action("Sign in", signInUrl)
            .Action("Choose a new password", resetUrl)
            .Paragraph("If it was not you, you need do nothing.")
            .To(address, name, "DeepMath: someone tried to register your address");
}
