namespace DeepMath.Web.Modules.Organisations.CreateAwardRound;

public sealed record AwardRoundPage(string Slug, string OrganisationName, AwardRoundForm Form);
