using DeepMath.AbstractFormat.Layout;
using DeepMath.AbstractFormat.Reading;
using DeepMath.AbstractFormat.Rules;
using DeepMath.AbstractFormat.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DeepMath.AbstractFormat;

/// <summary>
/// Checks an abstract's PDF against a call's format and anonymity rules. Thread-safe and stateless.
/// Hostile files are answered with an error within the rules' size, decompression and time limits.
/// </summary>
public sealed class FormatChecker
{
    private static readonly IRule[] _rules =
    [
        new PageCountRule(), new ReferencesPageRule(), new PageSizeRule(), new MarginRule(), new BodyFontRule(),
        new TemplateRule(), new MetadataRule(), new HiddenIdentityRule(), new AnonymityTextRule(), new AcknowledgmentsRule(),
    ];

    /// <summary>Checks a PDF, reading at most <see cref="FormatRules.MaxFileBytes"/> from the stream.</summary>
    public FormatReport Check(
        Stream pdf,
        FormatRules rules,
        IReadOnlyList<ListedAuthor> authors,
        IReadOnlyList<string> affiliations,
        CancellationToken cancellationToken = default)
    {
        var bytes = LimitedReader.Read(pdf, rules.MaxFileBytes, cancellationToken);
        return bytes is null ? TooLarge(rules) : Check(bytes, rules, authors, affiliations, cancellationToken);
    }

    /// <summary>As <see cref="Check(Stream, FormatRules, IReadOnlyList{ListedAuthor}, IReadOnlyList{string}, CancellationToken)"/>,
    /// reading the stream asynchronously, as request bodies require.</summary>
    public async Task<FormatReport> CheckAsync(
        Stream pdf,
        FormatRules rules,
        IReadOnlyList<ListedAuthor> authors,
        IReadOnlyList<string> affiliations,
        CancellationToken cancellationToken = default)
    {
        var bytes = await LimitedReader.ReadAsync(pdf, rules.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null ? TooLarge(rules) : Check(bytes, rules, authors, affiliations, cancellationToken);
    }

    /// <summary>Checks a PDF already in memory.</summary>
    public FormatReport Check(
        byte[] pdf,
        FormatRules rules,
        IReadOnlyList<ListedAuthor> authors,
        IReadOnlyList<string> affiliations,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (pdf.LongLength > rules.MaxFileBytes)
        {
            return TooLarge(rules);
        }

        if (PdfEnvelope.Problem(pdf) is { } problem)
        {
            return Single(FindingCodes.PdfInvalid, problem);
        }

        var budget = new DecodeBudget(
            rules.MaxDecodedBytes, TimeSpan.FromMilliseconds(rules.TimeBudgetMilliseconds), cancellationToken);
        try
        {
            return Inspect(pdf, rules, authors, affiliations, budget);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Encrypted();
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // PdfPig may wrap the cancellation thrown from a filter; the caller asked to stop, so say so.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception) when (budget.BytesExceeded || budget.TimeExceeded)
        {
            return OverBudget(budget);
        }
        catch (Exception e)
        {
            return Single(
                FindingCodes.PdfInvalid,
                $"The PDF could not be read ({e.Message.TrimEnd('.')}). It may be damaged: export or compile it again "
                + "and upload the new file.");
        }
    }

    private static FormatReport Inspect(
        byte[] pdf,
        FormatRules rules,
        IReadOnlyList<ListedAuthor> authors,
        IReadOnlyList<string> affiliations,
        DecodeBudget budget)
    {
        var options = new ParsingOptions
        {
            FilterProvider = new BudgetedFilterProvider(budget),
            SkipMissingFonts = true,
        };
        using var document = PdfDocument.Open(pdf, options);
        if (document.IsEncrypted)
        {
            return Encrypted();
        }

        var pageCount = document.NumberOfPages;
        var layouts = new List<PageLayout>();
        var readPages = Math.Min(pageCount, Math.Min(rules.MaxPages, rules.LayoutPages ?? int.MaxValue));
        for (var number = 1; number <= readPages; number++)
        {
            budget.CheckTime();
            layouts.Add(PageLayoutReader.Read(document.GetPage(number)));
        }

        var xmpCreator = rules.CheckAnonymity ? XmpCreatorReader.Read(document) : null;
        var hidden = rules.CheckAnonymity
            ? new HiddenTextReader(document, new PdfObjects(document, options.FilterProvider), budget).Read(rules.MaxPages)
            : [];
        budget.CheckTime();
        if (budget.BytesExceeded || budget.TimeExceeded)
        {
            return OverBudget(budget);
        }

        var texts = layouts.Select(PageText.From).ToList();
        var context = new CheckContext(
            rules, authors, affiliations, pageCount, document.Information, xmpCreator, layouts, texts, hidden);
        var findings = _rules.SelectMany(rule => rule.Check(context));
        return FormatReport.FromFindings(findings, pageCount, BodyFont.Measure(layouts));
    }

    private static FormatReport TooLarge(FormatRules rules) => Single(
        FindingCodes.PdfTooLarge,
        $"The file is larger than {rules.MaxFileBytes / (1024.0 * 1024):0.#} MiB, the limit for an abstract. "
        + "Large files usually come from embedded images: compress or remove them and compile again.");

    private static FormatReport Encrypted() => Single(
        FindingCodes.PdfEncrypted,
        "The PDF is encrypted or password-protected, so it cannot be checked or shown to reviewers. Save or export "
        + "it again without a password or security settings.");

    private static FormatReport OverBudget(DecodeBudget budget) => Single(
        FindingCodes.PdfInvalid,
        budget.BytesExceeded
            ? $"The PDF holds compressed data that expands to more than {budget.MaxDecodedBytes / (1024 * 1024)} MiB, "
              + "far more than an abstract needs; it may be damaged or built to overload readers. Compile the "
              + "abstract again with the DeepMath template."
            : $"Reading the PDF took longer than {budget.TimeLimit.TotalSeconds:0.#} s, far longer than an abstract "
              + "needs; it may be damaged or unusually complex. Compile the abstract again with the DeepMath template.");

    private static FormatReport Single(string code, string message) =>
        FormatReport.FromFindings([Finding.Error(code, message)], 0, null);
}
