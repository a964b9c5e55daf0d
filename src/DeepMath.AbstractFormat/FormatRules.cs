namespace DeepMath.AbstractFormat;

/// <summary>
/// The format rules of one call. Defaults are the DeepMath call's; organizers may change any number.
/// Lengths are PDF points (1/72 in).
/// </summary>
public sealed record FormatRules
{
    /// <summary>The DeepMath call's rules.</summary>
    public static FormatRules Default { get; } = new();

    public long MaxFileBytes { get; init; } = 10L * 1024 * 1024;

    public int MaxPages { get; init; } = 2;

    /// <summary>Pages from this one on may hold references only; null allows any content.</summary>
    public int? ReferencesOnlyFromPage { get; init; } = 2;

    public double PageWidth { get; init; } = 612;

    public double PageHeight { get; init; } = 792;

    public double PageSizeTolerance { get; init; } = 3;

    public double MarginLeft { get; init; } = 72;

    public double MarginRight { get; init; } = 72;

    public double MarginTop { get; init; } = 72;

    public double MarginBottom { get; init; } = 72;

    public double MarginTolerance { get; init; } = 4;

    public double MinBodyFontSize { get; init; } = 10;

    public double FontSizeTolerance { get; init; } = 0.1;

    /// <summary>The key the template stamps in the document information dictionary; null skips the check.</summary>
    public string? TemplateKey { get; init; } = "DeepMathTemplate";

    /// <summary>Whether author names, e-mails, affiliations and metadata are looked for.</summary>
    public bool CheckAnonymity { get; init; } = true;

    public bool WarnOnAcknowledgments { get; init; } = true;

    /// <summary>
    /// Whether a listed author's affiliation in the text blocks submission (double-blind review: it tells
    /// reviewers where the authors work) or is only a warning (single-blind: reviewers know the authors anyway).
    /// </summary>
    public bool AffiliationIsError { get; init; }

    /// <summary>
    /// How many pages, from the first, have their layout read for the page, margin, font and text rules; null reads
    /// every page up to <see cref="MaxPages"/>. An award call's thesis has hundreds of pages and no layout rules:
    /// reading a few keeps its check far inside the time budget (the page count itself costs nothing).
    /// </summary>
    public int? LayoutPages { get; init; }

    /// <summary>How many bytes all decompressed streams of one file may add up to (decompression bombs).</summary>
    public long MaxDecodedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How much processor time one check may take before the file is rejected as too hard to read; time spent
    /// waiting for a core on a busy machine does not count.</summary>
    public int TimeBudgetMilliseconds { get; init; } = 3000;
}
