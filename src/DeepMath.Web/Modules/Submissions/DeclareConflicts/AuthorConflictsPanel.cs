using DeepMath.Web.Modules.Reviewing.Contracts;

namespace DeepMath.Web.Modules.Submissions.DeclareConflicts;

/// <summary>In a double-blind call, the committee as the authors may see it, with the members they declared a conflict with.</summary>
public sealed record AuthorConflictsPanel(Guid SubmissionId, IReadOnlyList<CommitteeMemberListing> Members, IReadOnlySet<Guid> Declared);
