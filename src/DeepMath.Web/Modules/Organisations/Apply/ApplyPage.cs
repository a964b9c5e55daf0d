namespace DeepMath.Web.Modules.Organisations.Apply;

public sealed record ApplyPage(Guid CallId, string AwardName, string OrganisationSlug, string OrganisationName, string Deadline, bool IsOpen,
    IReadOnlyList<string> Disciplines, ApplicationForm Form, Guid? ExistingApplicationId);
