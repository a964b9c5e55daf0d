using DeepMath.Web.Modules.Reviewing.Contracts;

namespace DeepMath.Web.Modules.Submissions.DeclareConflicts;

/// <summary>In a double-blind call, the committee as the authors may see it, with the members they declared a conflict with.</summary>
/// <param name="Late">Whether the submission deadline has passed: new declarations are then requests to the organizers.</param>
public sealed record AuthorConflictsPanel(Guid SubmissionId, IReadOnlyList<CommitteeMemberListing> Members, IReadOnlyDictionary<Guid, AuthorDeclaration> Declared,
    bool Late);
