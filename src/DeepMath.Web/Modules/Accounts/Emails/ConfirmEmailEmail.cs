using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Accounts.Emails;

/// <summary>Sent after registration and on request: the link that confirms the address.</summary>
public static class ConfirmEmailEmail
{
    public static EmailMessage Create(string address, string name, string confirmUrl) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph("Please confirm your e-mail address for your DeepMath account. You need a confirmed address before you can submit an abstract.")
            .Action("Confirm my e-mail address", confirmUrl)
            .Paragraph("If you did not create this account, ignore this message.")
            .To(address, name, "DeepMath: confirm your e-mail address");
}
