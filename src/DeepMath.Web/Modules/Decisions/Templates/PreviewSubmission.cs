namespace DeepMath.Web.Modules.Decisions.Templates;

/// <summary>The submission a template preview is written for.</summary>
public sealed record PreviewSubmission(Guid Id, int Number);
