namespace DeepMath.Web.Modules.Submissions.FinalVersion;

/// <summary>The final version of an accepted abstract: until when, whether the reader may save one now, and those saved.</summary>
/// <param name="ClosesAt">The first instant after the final-version day.</param>
public sealed record FinalVersionPanel(DateTimeOffset ClosesAt, DateOnly LastDay, bool CanSave, IReadOnlyList<FinalVersionRow> Versions);

public sealed record FinalVersionRow(int Version, string Title, DateTimeOffset SavedAt);
