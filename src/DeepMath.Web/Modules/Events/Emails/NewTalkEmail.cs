using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Events.Emails;

/// <summary>To a confirmed subscriber of a series, once per new talk.</summary>
public static class NewTalkEmail
{
    public static EmailMessage Create(string address, string seriesName, string talkTitle, string speaker, string when, string? place,
        string talkUrl, string unsubscribeUrl) =>
        new EmailTemplate()
            .Paragraph("Hello,")
            .Paragraph($"{seriesName} has a new talk: \"{talkTitle}\"{(speaker.Length > 0 ? " by " + speaker : "")}.")
            .Paragraph($"When: {when}.{(string.IsNullOrWhiteSpace(place) ? "" : " Where: " + place + ".")}")
            .Action("Read the abstract", talkUrl)
            .Paragraph($"You receive this because you subscribed to {seriesName}.")
            .Action("Unsubscribe", unsubscribeUrl)
            .To(address, null, $"{seriesName}: {talkTitle}");
}
