using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Registration.Emails;

/// <summary>To someone who registered when the event or their ticket type was full.</summary>
public static class WaitlistedEmail
{
    public static EmailMessage Create(string address, string name, string eventTitle, string ticketType, int place, string url) =>
        new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph($"{eventTitle} is full for {ticketType} tickets, so you are on the waiting list, in place {place}.")
            .Paragraph("When a seat becomes free, the first person waiting gets it automatically and receives an e-mail with the ticket. You can leave the waiting list at any time from your registration page.")
            .Action("Your registration", url)
            .To(address, name, $"{eventTitle}: you are on the waiting list (place {place})");
}
