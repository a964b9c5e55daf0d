using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Accounts.Emails;

/// <summary>Sent when someone asks to reset the password of an account.</summary>
public static class ResetPasswordEmail
{
    public static EmailMessage Create(string address, string name, string resetUrl) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph("Someone asked to reset the password of your DeepMath account. The link below lets you choose a new one; it works once and expires in a day.")
            .Action("Choose a new password", resetUrl)
            .Paragraph("If this was not you, ignore this message: your password stays as it is.")
            .To(address, name, "DeepMath: reset your password");
}
