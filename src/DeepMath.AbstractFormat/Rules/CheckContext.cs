using DeepMath.AbstractFormat.Layout;
using DeepMath.AbstractFormat.Reading;
using DeepMath.AbstractFormat.Text;
using UglyToad.PdfPig.Content;

namespace DeepMath.AbstractFormat.Rules;

/// <summary>Everything the rules look at for one PDF, read once.</summary>
internal sealed record CheckContext(
    FormatRules Rules,
    IReadOnlyList<ListedAuthor> Authors,
    IReadOnlyList<string> Affiliations,
    int PageCount,
    DocumentInformation Information,
    string? XmpCreator,
    IReadOnlyList<PageLayout> Pages,
    IReadOnlyList<PageText> Texts,
    IReadOnlyList<HiddenText> Hidden);
