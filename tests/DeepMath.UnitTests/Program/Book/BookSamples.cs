using DeepMath.Web.Modules.Program.Book.Typesetting;
using Microsoft.Extensions.Options;

namespace DeepMath.UnitTests.Program.Book;

/// <summary>Small books for the typesetting tests, and the typesetter they run (the real LuaLaTeX).</summary>
internal static class BookSamples
{
    public static BookTypesetter Typesetter(int timeLimitSeconds = 90)
    {
        var options = Options.Create(new BookOptions { TimeLimitSeconds = timeLimitSeconds });
        return new(new LatexRunner(options), new PdfPageOrder(options));
    }

    public static BookAbstract Abstract(string key, string title, string text, params BookAuthor[] authors) =>
        new(key, "Talk", title, authors.Length > 0 ? authors : [new BookAuthor("Ada Lovelace", "University of London", true)], text);

    public static BookContent Content(params BookAbstract[] abstracts) =>
        new("DeepMath 2025", "6–7 November 2025", "Vienna", "Times are in Europe/Vienna.",
        [
            new BookSession("Thursday 6 November, 09:00–10:30, Room A", "Contributed talks I", "Chair Person",
                [.. abstracts.Select((a, i) => new BookItem($"09:{i:00}", a.Title, a.Authors[0].Name, a))]),
        ]);

    public static string Text(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
