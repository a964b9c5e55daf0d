namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>The lower-cased e-mails of the authors of one submission anywhere in the system.</summary>
public sealed record WrittenTogether(Guid SubmissionId, IReadOnlyList<string> Emails);
