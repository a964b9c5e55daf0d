namespace DeepMath.Web.Modules.Reviewing.Domain;

public sealed record AuthorFacts(string Name, string Email, string Affiliation);
