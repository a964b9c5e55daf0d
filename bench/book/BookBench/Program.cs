using System.Diagnostics;
using System.Globalization;
using DeepMath.Web.Modules.Program.Book.Typesetting;
using Microsoft.Extensions.Options;

// Book-of-abstracts benchmark: N generated abstracts with math (inline, display, matrices, sums), names with
// diacritics and Chinese ones, in 20 sessions; one warm-up build of a small book fills LuaTeX's font cache, then
// the timed build of the whole book. Prints abstracts, seconds, pages, problems.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var options = Options.Create(new BookOptions { TimeLimitSeconds = 600 });
var typesetter = new BookTypesetter(new LatexRunner(options), new PdfPageOrder(options));

await typesetter.BuildAsync(Generate(5), null, CancellationToken.None);
var clock = Stopwatch.StartNew();
var book = await typesetter.BuildAsync(Generate(count), null, CancellationToken.None);
clock.Stop();
if (book.Pdf is null)
{
    Console.Error.WriteLine($"error: {book.Failure}");
    return 1;
}
Console.WriteLine($"abstracts: {count}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seconds: {clock.Elapsed.TotalSeconds:0.00}"));
Console.WriteLine($"pages: {book.Pages}");
Console.WriteLine($"problems: {book.Problems.Count}");
Console.WriteLine($"pdf_mb: {book.Pdf.Length / 1048576.0:0.0}");
// Where the time goes: the same book's single TeX run alone, and qpdf putting the front matter first.
var source = BookTex.Write(Generate(count), new Dictionary<int, string>());
var texClock = Stopwatch.StartNew();
var tex = await new LatexRunner(options).RunAsync(source.Tex, CancellationToken.None);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tex_run_seconds: {texClock.Elapsed.TotalSeconds:0.00}"));
var mergeClock = Stopwatch.StartNew();
await new PdfPageOrder(options).MoveToFrontAsync(tex.Pdf!, book.Pages - 3, book.Pages, CancellationToken.None);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reorder_seconds: {mergeClock.Elapsed.TotalSeconds:0.00}"));
return 0;

static BookContent Generate(int count)
{
    string[] given = ["Ada", "Zuzana", "Björn", "Jiří", "Anaïs", "Łukasz", "Søren", "María José", "Chloé", "Dmitri"];
    string[] family = ["Lovelace", "Ďurčeková", "Ångström", "Novák", "Lefèvre", "Wróbel", "Kierkegaard", "García Márquez", "Dupré", "van der Berg"];
    string[] chinese = ["王小明", "李华", "张伟", "刘洋"];
    string[] formulas =
    [
        "$\\int_0^1 f(x)\\,dx = \\frac{1}{2}$",
        "\\(\\mathbb{E}\\left[\\|\\nabla L(\\theta_t)\\|^2\\right] \\le \\frac{C}{\\sqrt{T}}\\)",
        "$$\\sum_{i=1}^{n} \\binom{n}{i} x^i = (1+x)^n - 1$$",
        "\\[ W = \\begin{pmatrix} w_{11} & w_{12} \\\\ w_{21} & w_{22} \\end{pmatrix}, \\quad \\sigma(z) = \\frac{1}{1+e^{-z}} \\]",
        "$\\operatorname*{argmin}_{w \\in \\mathbb{R}^d} \\sum_{i=1}^m \\ell(w; x_i, y_i) + \\lambda \\|w\\|_2^2$",
        "$f \\colon \\mathbb{R}^d \\to \\mathbb{R}$",
    ];
    var random = new Random(14);
    var sessions = new List<BookSession>();
    var perSession = Math.Max(1, (count + 19) / 20);
    for (var n = 0; n < count; n += perSession)
    {
        var items = new List<BookItem>();
        for (var k = n; k < Math.Min(count, n + perSession); k++)
        {
            var authors = Enumerable.Range(0, 1 + random.Next(4)).Select(a =>
                new BookAuthor(random.Next(8) == 0 ? chinese[random.Next(chinese.Length)] : $"{given[random.Next(given.Length)]} {family[random.Next(family.Length)]}",
                    $"University {random.Next(40)}", a == 0)).ToList();
            var text = string.Join(" ", Enumerable.Range(0, 6).Select(p =>
                $"We study deep networks of width $n_{p}$ and depth $L$, and show that {formulas[random.Next(formulas.Length)]} holds with high probability."));
            var title = $"On the {k}th approximation rate of networks with $\\mathcal{{O}}(n^{{{k % 5 + 1}}})$ weights";
            items.Add(new BookItem($"{9 + k % 8:00}:{k % 3 * 20:00}", title, authors[0].Name,
                new BookAbstract($"a{k}", "Talk", title, authors, text + "\n\n" + text)));
        }
        sessions.Add(new BookSession($"Thursday 6 November, session {sessions.Count + 1}", $"Contributed talks {sessions.Count + 1}", "Chair Person", items));
    }
    return new BookContent("DeepMath 2025", "6–7 November 2025", "Vienna", "Times are in Europe/Vienna.", sessions);
}
