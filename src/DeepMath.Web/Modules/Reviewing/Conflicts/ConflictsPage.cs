using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.Conflicts;

public sealed record ConflictRow(string Key, bool IsAutomatic, string ReviewerName, string ReviewerEmail, int Number, string Title,
    string Kind, string Reason, ConflictVerdict? Verdict, bool Holds);

public sealed record ConflictsPage(CallInfo Call, int ReviewerCount, int SubmissionCount, IReadOnlyList<ConflictRow> Rows);
