namespace DeepMath.Web.Modules.Organisations.ManageAward;

public sealed record ApplicationRow(Guid Id, Guid SubmissionId, int Number, string ApplicantName, string ApplicantEmail, string ThesisTitle,
    string SupervisorName, bool LetterReceived, string? Scores, Guid? AwardId, string? AwardTitle);

public sealed record AwardRow(Guid Id, string Title, string ApplicantName, int Number);

public sealed record ManageAwardPage(string Slug, string OrganisationName, Guid CallId, string AwardName, string EventSlug,
    IReadOnlyList<ApplicationRow> Applications, IReadOnlyList<AwardRow> Awards);
