namespace DeepMath.Web.Modules.Organisations.SupervisorLetter;

/// <param name="ReceivedAt">When the letter came in; the link then opens nothing more.</param>
/// <param name="Zone">The zone of the award call's event, in which the time is shown.</param>
public sealed record LetterPage(Guid ApplicationId, string Token, string AwardName, string ApplicantName, string ThesisTitle, string SupervisorName,
    DateTimeOffset? ReceivedAt, TimeZoneInfo Zone);
