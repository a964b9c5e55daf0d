namespace DeepMath.Web.Modules.Organisations.SupervisorLetter;

/// <param name="ReceivedAt">When the letter came in; the link then opens nothing more.</param>
public sealed record LetterPage(Guid ApplicationId, string Token, string AwardName, string ApplicantName, string ThesisTitle, string SupervisorName,
    DateTimeOffset? ReceivedAt);
