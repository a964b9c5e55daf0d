using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Registration.Emails;

/// <summary>An organizer's invitation to register, with a code for a free or discounted registration.</summary>
public static class RegistrationInvitationEmail
{
    public static EmailMessage Create(string address, string eventTitle, string code, int discountPercent, string? expiresText, string url) =>
        new EmailTemplate()
            .Paragraph("Hello,")
            .Paragraph($"The organizers of {eventTitle} invite you to register"
                + (discountPercent == 100 ? " free of charge." : $" with a {discountPercent} % discount on the fee."))
            .Paragraph($"Your code is {code}" + (expiresText is null ? "." : $", valid until {expiresText}.") + " The link below fills it in for you; you need a DeepMath account to register.")
            .Action("Register", url)
            .To(address, null, $"{eventTitle}: your invitation to register");
}
