using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Registration.Emails;

/// <summary>To an attendee whose registration is confirmed (at once, or promoted from the waiting list), with the PDF ticket.</summary>
public static class RegistrationConfirmedEmail
{
    public static EmailMessage Create(string address, string name, string eventTitle, string ticketType, string feeText, bool promoted, bool paymentDue, string url, byte[] ticketPdf) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph(promoted
                ? $"A seat has become free at {eventTitle}, and you were next on the waiting list: your registration ({ticketType}) is now confirmed."
                : $"Your registration for {eventTitle} ({ticketType}) is confirmed.")
            .Paragraph(paymentDue
                ? $"Confirmed — payment due: {feeText}. The organizers will tell you how to pay and mark your registration paid when they receive it."
                : "There is nothing to pay.")
            .Paragraph("Your ticket is attached. Show its QR code at the registration desk. You can download it again, and a letter of invitation for visa purposes, from your registration page.")
            .Action("Your registration", url)
            .To(address, name, promoted ? $"{eventTitle}: you have a seat — registration confirmed" : $"{eventTitle}: registration confirmed") with
            {
                Attachments = [new EmailAttachment("ticket.pdf", "application/pdf", ticketPdf)],
            };
}
