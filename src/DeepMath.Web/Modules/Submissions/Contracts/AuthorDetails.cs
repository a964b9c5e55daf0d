namespace DeepMath.Web.Modules.Submissions.Contracts;

/// <summary>An author as the submission lists them, with contact and affiliation (for organizers and conflict checks, never for reviewers).</summary>
public sealed record AuthorDetails(string Name, string Email, string Affiliation);
