using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Accounts.Emails;

/// <summary>Sent to a new address: the change takes effect only when this link is followed.</summary>
public static class ChangeEmailEmail
{
    public static EmailMessage Create(string newAddress, string name, string confirmUrl) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph("You asked to use this address for your DeepMath account. It replaces the old one once you confirm it.")
            .Action("Confirm the new address", confirmUrl)
            .Paragraph("If you did not ask for this, ignore this message: nothing changes.")
            .To(newAddress, name, "DeepMath: confirm your new e-mail address");
}
