namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>What the conflict finder knows of a reviewer: the account's e-mail and the profile.</summary>
public sealed record ReviewerFacts(Guid ReviewerId, string Email, IReadOnlyList<string> Affiliations, IReadOnlyList<string> EmailDomains,
    IReadOnlyList<string> DeclaredPeople, IReadOnlyList<string> DeclaredInstitutions);
