using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Events.Emails;

/// <summary>To an address that asked to hear of a series' talks: nothing more is sent until it confirms.</summary>
public static class SeriesConfirmEmail
{
    public static EmailMessage Create(string address, string seriesName, string confirmUrl, string unsubscribeUrl) =>
        new EmailTemplate()
            .Paragraph("Hello,")
            .Paragraph($"Someone, probably you, asked to receive an e-mail for each new talk of {seriesName}. We send nothing until you confirm.")
            .Action("Confirm the subscription", confirmUrl)
            .Paragraph("If you did not ask for this, ignore this e-mail: you will hear nothing more from us.")
            .Action("Unsubscribe", unsubscribeUrl)
            .To(address, null, $"Confirm: new talks of {seriesName}");
}
