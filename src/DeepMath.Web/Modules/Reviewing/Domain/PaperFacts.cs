namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>A submission under review and its authors, as the conflict finder sees it.</summary>
public sealed record PaperFacts(Guid SubmissionId, IReadOnlyList<AuthorFacts> Authors);
