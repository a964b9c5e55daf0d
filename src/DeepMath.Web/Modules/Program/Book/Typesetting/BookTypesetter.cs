using System.Globalization;

namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <param name="Pdf">The book, or null when it could not be built at all (<paramref name="Failure"/> says why).</param>
/// <param name="Problems">Abstracts printed as their source text, and why.</param>
public sealed record BookBuild(byte[]? Pdf, IReadOnlyList<BookProblem> Problems, string? Failure, int Pages);

/// <summary>
/// Builds the book so that one abstract never costs the others: refused math is caught before TeX; an abstract on
/// whose lines TeX reports an error is printed as its source text and the book typeset again (each round only
/// re-runs TeX, a few seconds); when TeX fails outside any abstract or runs out of time, every abstract is printed as
/// source, so a book still comes out and the report says why.
/// </summary>
public sealed class BookTypesetter(LatexRunner latex, PdfPageOrder pages)
{
    private const int Rounds = 3;

    /// <param name="progress">Told each step (1 checking, 2.. TeX runs), for the organizers' status page.</param>
    public async Task<BookBuild> BuildAsync(BookContent content, Func<string, Task>? progress, CancellationToken cancellationToken)
    {
        var abstracts = content.Abstracts().ToList();
        var verbatim = new Dictionary<int, string>();
        for (var i = 0; i < abstracts.Count; i++)
        {
            var refusal = AuthorText.ToTex(abstracts[i].Title).Refusal is { } t ? $"title: {t}"
                : AuthorText.ToTex(abstracts[i].Text).Refusal is { } a ? $"abstract: {a}" : null;
            if (refusal is not null)
            {
                verbatim[i] = refusal;
            }
        }
        LatexOutcome? outcome = null;
        for (var round = 1; round <= Rounds + 1; round++)
        {
            await (progress?.Invoke(round == 1 ? $"typesetting {abstracts.Count} abstracts" : $"typesetting again without {verbatim.Count} abstract(s) whose math failed") ?? Task.CompletedTask);
            var source = BookTex.Write(content, verbatim);
            outcome = await latex.RunAsync(source.Tex, cancellationToken);
            if (outcome.TimedOut)
            {
                if (verbatim.Count == abstracts.Count)
                {
                    return new BookBuild(null, Problems(abstracts, verbatim), "TeX ran out of time even with every abstract as source text", 0);
                }
                AllVerbatim(abstracts.Count, verbatim, "the book ran out of time while typesetting math; every abstract is shown as source");
                continue;
            }
            var blamed = outcome.Errors
                .Select(e => (Error: e, Abstract: source.Lines.FirstOrDefault(l => e.Line >= l.FirstLine && e.Line <= l.LastLine)))
                .ToList();
            if (blamed.Count == 0 && outcome.Pdf is not null)
            {
                break;
            }
            var unplaced = blamed.Where(b => b.Abstract is null).ToList();
            if (unplaced.Count > 0 || round > Rounds)
            {
                if (verbatim.Count == abstracts.Count)
                {
                    return new BookBuild(null, Problems(abstracts, verbatim), "TeX failed: " + string.Join("; ", outcome.Errors.Take(5).Select(e => e.Message)), 0);
                }
                AllVerbatim(abstracts.Count, verbatim, "TeX failed outside the abstracts (" + (unplaced.FirstOrDefault().Error.Message ?? "no PDF") + "); every abstract is shown as source");
                continue;
            }
            foreach (var group in blamed.GroupBy(b => b.Abstract!.Index))
            {
                verbatim.TryAdd(group.Key, "TeX: " + string.Join("; ", group.Select(g => g.Error.Message).Distinct().Take(3)));
            }
        }
        var (before, total) = FrontStart(outcome!.Pdf!, outcome.Log);
        var pdf = await pages.MoveToFrontAsync(outcome.Pdf!, before, total, cancellationToken);
        return new BookBuild(pdf, Problems(abstracts, verbatim), null, total);
    }

    private static void AllVerbatim(int count, Dictionary<int, string> verbatim, string reason)
    {
        for (var i = 0; i < count; i++)
        {
            verbatim.TryAdd(i, reason);
        }
    }

    private static List<BookProblem> Problems(List<BookAbstract> abstracts, Dictionary<int, string> verbatim) =>
        [.. verbatim.OrderBy(v => v.Key).Select(v => new BookProblem(abstracts[v.Key].Key, abstracts[v.Key].Title, v.Value))];

    /// <summary>TeX wrote the front matter last (its page numbers were only then known): how many pages come before it, of how many.</summary>
    private static (int Before, int Total) FrontStart(byte[] pdf, string log)
    {
        var marker = log.IndexOf(BookTex.FrontMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new InvalidOperationException("the book's log does not say where its front matter starts");
        }
        var digits = new string([.. log[(marker + BookTex.FrontMarker.Length)..].TakeWhile(char.IsAsciiDigit)]);
        var before = int.Parse(digits, CultureInfo.InvariantCulture);
        int total;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            total = document.NumberOfPages;
        }
        return (before, total);
    }
}
